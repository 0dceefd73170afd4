package org.gatehouse.platform;

/** Small rules for text typed by people or read from files, shared by every door. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks; null when nothing is left ("empty means not known"). */
    public static String strippedOrNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
