package org.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gatehouse.casework.Gender;
import org.junit.jupiter.api.Test;

/**
 * Every constant of every {@link Labelled} enum has its English in the base {@code labels.properties},
 * and the bundle holds no key without a constant: the enums are found among the compiled classes
 * (target/classes), so a new one is checked without being listed here.
 */
class LabelsTest {

    private static final String BASE = "/org/gatehouse/platform/labels.properties";

    @Test
    void everyConstantOfALabelledEnumHasEnglishAndEveryKeyAConstant() throws Exception {
        List<Class<?>> enums = labelledEnums();
        assertThat(enums).hasSizeGreaterThan(20);

        Properties bundle = base();
        Set<String> constants = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String key = Labels.key((Labelled) constant);
                constants.add(key);
                String english = bundle.getProperty(key);
                if (english == null || english.isBlank()) {
                    missing.add(key);
                } else {
                    assertThat(((Labelled) constant).getLabel()).as(key).isEqualTo(english);
                }
            }
        }
        assertThat(missing).as("constants without English in " + BASE).isEmpty();
        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys without a constant")
                .isSubsetOf(constants);
    }

    @Test
    void theKeysAreUniqueSoNoTwoLabelledEnumsShareASimpleNameAndNoKeyIsWrittenTwice() throws Exception {
        assertThat(labelledEnums()).extracting(Class::getSimpleName).doesNotHaveDuplicates();

        List<String> keys = new ArrayList<>();
        try (InputStream in = LabelsTest.class.getResourceAsStream(BASE)) {
            assertThat(in).as(BASE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    keys.add(trimmed.split("\\s*[=:]", 2)[0]);
                }
            }
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void aLocaleTheBundleLacksGetsTheEnglish() {
        assertThat(Labels.of(Gender.X, Locale.forLanguageTag("zz"))).isEqualTo("Non-binary / other");
        assertThat(Gender.X.getLabel()).isEqualTo("Non-binary / other");
    }

    /** The enums implementing {@link Labelled} among the application's compiled classes. */
    private static List<Class<?>> labelledEnums() throws IOException, URISyntaxException {
        Path classes = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("org/gatehouse");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, LabelsTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(name, e);
                }
                if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static Properties base() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(BASE)) {
            assertThat(in).as(BASE).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
