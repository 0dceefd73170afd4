package org.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Faces bean's state survives being written to a serialised session and read back (passivation,
 * and a session replicated to another node of a cluster): what it keeps is Serializable down to the
 * elements of its collections, never an entity (those are transient and read again), and what it
 * injects is never transient (CDI does not inject a field again when the view is read back).
 */
class ViewBeansSerialiseTest {

    private static final Path CLASSES = Path.of("target/classes");

    private static List<Class<?>> viewBeans() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name, false, ViewBeansSerialiseTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    @Test
    void whatEveryViewBeanKeepsIsSerializableAndWhatItInjectsIsNotTransient() throws Exception {
        List<Class<?>> beans = viewBeans();
        assertThat(beans).as("the view-scoped beans found").hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                wrong.add(bean.getSimpleName() + " is not Serializable");
            }
            for (Field field : bean.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)) {
                    continue;
                }
                boolean injected = field.isAnnotationPresent(Inject.class);
                if (injected && Modifier.isTransient(modifiers)) {
                    wrong.add(bean.getSimpleName() + "." + field.getName() + " is injected but transient");
                } else if (!injected && !Modifier.isTransient(modifiers) && !keepable(field.getGenericType())) {
                    wrong.add(bean.getSimpleName() + "." + field.getName() + " keeps " + field.getGenericType());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNewViewBeanIsWrittenAndReadBack() throws Exception {
        for (Class<?> bean : viewBeans()) {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object fresh = constructor.newInstance();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(fresh);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).as(bean.getSimpleName()).isInstanceOf(bean);
            }
        }
    }

    /** Primitives, and Serializable types that are no entity, down to the type arguments of collections. */
    private static boolean keepable(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || (Serializable.class.isAssignableFrom(plain)
                    && !plain.isAnnotationPresent(Entity.class))
                    // a declared List, Map...: what it holds is checked through its type arguments
                    || Collection.class.isAssignableFrom(plain) || Map.class.isAssignableFrom(plain);
        }
        if (type instanceof ParameterizedType generic) {
            if (!keepable(generic.getRawType())) {
                return false;
            }
            for (Type argument : generic.getActualTypeArguments()) {
                if (!keepable(argument)) {
                    return false;
                }
            }
            return true;
        }
        // a type variable or wildcard says nothing of what is kept
        return false;
    }
}
