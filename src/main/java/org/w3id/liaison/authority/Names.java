package org.w3id.liaison.authority;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: case, accents, apostrophe and hyphen variants do not make a different name. */
public final class Names {
    private Names() {}

    /**
     * The comparison key of a name: accents folded, lower case, every run of characters other than letters
     * and digits one hyphen. "Nicolás Maduro" and "Nicolas  Maduro" share the key {@code nicolas-maduro};
     * letters of other scripts are kept, so different names never share a key by losing their letters.
     */
    public static String key(String name) {
        if (ascii(name))
            return asciiKey(name);
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = s.replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
        s = OTHER_THAN_LETTERS_AND_DIGITS.matcher(s).replaceAll("-");
        return HYPHENS_AT_EDGES.matcher(s).replaceAll("");
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 128)
                return false;
        return true;
    }

    /**
     * {@link #key} of an ASCII name in one pass, as most names the extractor looks up are: nothing to
     * normalise or fold, so the same result without the three regexes.
     */
    private static String asciiKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'')
                continue;
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit) {
                gap = true;
                continue;
            }
            if (gap && b.length() > 0)
                b.append('-');
            gap = false;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /** The name with typographic apostrophes made plain and white space folded. */
    public static String clean(String name) {
        String plain = name.replace('\u2019', '\'').replace('\u2018', '\'');
        return (foldable(plain) ? SPACES.matcher(plain).replaceAll(" ") : plain).trim();
    }

    /** Whether folding white space changes anything: most names have single spaces only, and are kept as they are. */
    private static boolean foldable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < s.length() && isSpace(s.charAt(i + 1)))
                return true;
        }
        return false;
    }

    /** A character the regex {@code \s} matches: the ASCII white space, not every Unicode space. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    // compiled once: names are compared for every word the extractor looks up
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER_THAN_LETTERS_AND_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HYPHENS_AT_EDGES = Pattern.compile("^-+|-+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Edit distance, for typos in well-known place names ("Bejing"). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
