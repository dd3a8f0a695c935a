package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.List;

/** A word of the text with its offsets. */
record Token(int start, int end, String text) {
    /**
     * The words of a text: a letter or digit, then letters, marks, digits, apostrophes and hyphens, less any
     * trailing apostrophes and hyphens ("Party's" is a word, "leaders'" is "leaders"). A loop over code
     * points rather than a regex: every finder reads the same words, so this runs once per report.
     */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            int c = ch < 128 ? ch : text.codePointAt(i);
            if (ch < 128 ? !ASCII_LETTER_OR_DIGIT[ch] : !startsWord(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                char d = text.charAt(i);
                if (d < 128) {
                    // ASCII, most of every text, read through a table
                    if (!ASCII_IN_WORD[d])
                        break;
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (!inWord(cp))
                        break;
                    i += Character.charCount(cp);
                }
            }
            int end = i;
            while (end > start + 1 && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == '\''))
                end--;
            out.add(new Token(start, end, text.substring(start, end)));
        }
        return out;
    }

    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];
    private static final boolean[] ASCII_IN_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = letterOrDigit(c);
            ASCII_IN_WORD[c] = inWord(c);
        }
    }

    private static boolean startsWord(int c) {
        return letterOrDigit(c) || isOtherNumber(c);
    }

    /** {@link Character#isLetter(int)}, answered without a table lookup for ASCII, most of every text. */
    static boolean letter(int c) {
        return c < 128 ? (c | 0x20) - 'a' >= 0 && (c | 0x20) - 'a' < 26 : Character.isLetter(c);
    }

    private static boolean letterOrDigit(int c) {
        return c < 128 ? letter(c) || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static boolean inWord(int c) {
        if (letterOrDigit(c) || c == '\'' || c == '-')
            return true;
        if (c < 128)
            return false;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || isOtherNumber(c);
    }

    /** \p{N} beyond decimal digits: letter numbers (Roman numerals) and other numbers (superscripts, fractions). */
    private static boolean isOtherNumber(int c) {
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
