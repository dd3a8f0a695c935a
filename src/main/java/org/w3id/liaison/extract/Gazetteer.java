package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every name of several lists in a text in one pass over its words, the longest name of each list
 * first at each word: the cost grows with the text, not with the number of names times the text, nor with the
 * number of lists.
 *
 * <pre>{@code
 * Gazetteer g = new Gazetteer();
 * Gazetteer.NameList<String> parties = g.list();
 * g.add(parties, "Communist Party of Cuba", "party:PCC");
 * g.find(text, Token.of(text)).of(parties);   // in "talks with the Communist Party of Cuba (PCC)": one hit
 * }</pre>
 */
final class Gazetteer {
    /** A list of names, whose values are of one type; a name may be in several lists. */
    static final class NameList<V> {
        private final int index;

        private NameList(int index) {
            this.index = index;
        }
    }

    /** A name found: where, as written, and what it names. */
    record Hit<V>(int start, int end, V value) {}

    /**
     * The names as a tree of their words, with the value each list gives the name that ends at a node: most
     * words of a text start no name and are passed after one lookup; a name is followed word by word, never
     * rebuilt as a string per length tried; and each word is looked up once for all the lists, not once per list.
     */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Object[] values = new Object[0];

        Object value(int list) {
            return list < values.length ? values[list] : null;
        }
    }

    private final Node root = new Node();
    /** The characters names start with: a word starting with none of them is passed without a lookup. */
    private final BitSet initials = new BitSet();
    private int lists;

    /** A new list of names in this gazetteer. */
    <V> NameList<V> list() {
        return new NameList<>(lists++);
    }

    /** Adds a name to a list; the first value given for a name in a list is kept. */
    <V> Gazetteer add(NameList<V> list, String name, V value) {
        List<Token> words = Token.of(name);
        if (words.isEmpty())
            return this;
        initials.set(words.get(0).text().charAt(0));
        Node node = root;
        for (Token w : words)
            node = node.next.computeIfAbsent(w.text(), k -> new Node());
        if (node.values.length <= list.index)
            node.values = Arrays.copyOf(node.values, list.index + 1);
        if (node.values[list.index] == null)
            node.values[list.index] = value;
        return this;
    }

    /** The names of every list in a text whose words have been read already. */
    Found find(String text, List<Token> words) {
        return new Found(text, words);
    }

    /**
     * The names found in one text, list by list: at each word the longest name of the list that starts there,
     * its words joined by spaces, brackets or an apostrophe; a last word may drop a possessive "'s" ("Nepal's
     * prime minister"). After a name, its list looks again from the word after it; the other lists from the
     * next word.
     */
    final class Found {
        private final List<List<Hit<Object>>> hits = new ArrayList<>();

        private Found(String text, List<Token> words) {
            int n = lists;
            for (int k = 0; k < n; k++)
                hits.add(new ArrayList<>());
            int[] resume = new int[n];          // the word each list looks from next
            Object[] found = new Object[n];
            int[] length = new int[n];
            int[] end = new int[n];
            for (int i = 0; i < words.size(); i++) {
                if (!initials.get(words.get(i).text().charAt(0)))
                    continue;
                Arrays.fill(found, null);
                Node node = root;
                for (int m = 1; i + m <= words.size() && node != null; m++) {
                    Token last = words.get(i + m - 1);
                    if (m > 1 && !joined(text, words.get(i + m - 2), last))
                        break;
                    Node exact = node.next.get(last.text());
                    Node bare = last.possessive() ? node.next.get(last.bare()) : null;
                    for (int k = 0; k < n; k++) {
                        if (exact != null && exact.value(k) != null) {
                            found[k] = exact.value(k);
                            length[k] = m;
                            end[k] = last.end();
                        } else if (bare != null && bare.value(k) != null) {
                            found[k] = bare.value(k);
                            length[k] = m;
                            end[k] = last.end() - 2;
                        }
                    }
                    node = exact;
                }
                for (int k = 0; k < n; k++) {
                    if (found[k] == null || resume[k] > i)
                        continue;
                    int e = end[k];
                    if (e < text.length() && text.charAt(e) == ')' && text.lastIndexOf('(', e) > words.get(i).start())
                        e++;          // "Communist Party of Nepal (Unified Marxist-Leninist)"
                    hits.get(k).add(new Hit<>(words.get(i).start(), e, found[k]));
                    resume[k] = i + length[k];
                }
            }
        }

        /** The names of one list, in text order. */
        @SuppressWarnings("unchecked")      // a list's values are all of its type: add takes no other
        <V> List<Hit<V>> of(NameList<V> list) {
            return (List<Hit<V>>) (List<?>) hits.get(list.index);
        }
    }

    /** Two words stand together: between them only spaces, brackets or an apostrophe. */
    private static boolean joined(String text, Token before, Token after) {
        int from = before.end();
        int to = after.start();
        if (to <= from)
            return false;
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (!Character.isWhitespace(ch) && ch != '(' && ch != ')' && ch != '\'')
                return false;
        }
        return true;
    }
}
