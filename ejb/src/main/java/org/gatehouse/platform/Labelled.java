package org.gatehouse.platform;

import java.util.Locale;

/**
 * A value people read, such as an enum constant on a screen: its words live in the
 * {@code org.gatehouse.platform.labels} bundle under {@code TypeName.CONSTANT}, English in the base
 * bundle. {@link #getLabel()} is the English, which files other organisations read also use.
 */
public interface Labelled {

    String name();

    default String getLabel() {
        return Labels.of(this, Locale.ROOT);
    }
}
