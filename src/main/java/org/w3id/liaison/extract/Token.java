package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of the text with its offsets. */
record Token(int start, int end, String text) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\\-]*");

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == '\''))
                end--;
            out.add(new Token(m.start(), end, text.substring(m.start(), end)));
        }
        return out;
    }

    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean possessive() {
        return text.endsWith("'s");
    }

    /** The word without a possessive "'s". */
    String bare() {
        return possessive() ? text.substring(0, text.length() - 2) : text;
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
