package org.gatehouse.platform;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words for {@link Labelled} values, in a locale (English for any locale the bundle lacks). */
public final class Labels {

    static final String BUNDLE = "org.gatehouse.platform.labels";

    // no fallback to the JVM's default locale: a request for en-GB must not get whatever the host speaks
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    public static String of(Labelled value, Locale locale) {
        String key = key(value);
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), CONTROL).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label " + key + " in " + BUNDLE, e);
        }
    }

    static String key(Labelled value) {
        Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
        return type.getSimpleName() + "." + value.name();
    }
}
