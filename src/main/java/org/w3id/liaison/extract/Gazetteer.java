package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every name of a list in a text in one pass over its words, the longest name first at each word:
 * the cost grows with the text, not with the number of names times the text.
 *
 * <pre>{@code
 * Gazetteer<String> g = new Gazetteer<>();
 * g.add("Communist Party of Cuba", "party:PCC");
 * g.find("talks with the Communist Party of Cuba (PCC)");   // one hit, "Communist Party of Cuba"
 * }</pre>
 */
final class Gazetteer<V> {
    /** A name found: where, as written, and what it names. */
    record Hit<V>(int start, int end, V value) {}

    /**
     * The names as a tree of their words: most words of a text start no name and are passed after one
     * lookup; a name is followed word by word, never rebuilt as a string per length tried.
     */
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    private final Node<V> root = new Node<>();
    /** The characters names start with: a word starting with none of them is passed without a lookup. */
    private final BitSet initials = new BitSet();

    /** Adds a name; the first value given for a name is kept. */
    Gazetteer<V> add(String name, V value) {
        List<Token> words = Token.of(name);
        if (words.isEmpty())
            return this;
        initials.set(words.get(0).text().charAt(0));
        Node<V> node = root;
        for (Token w : words)
            node = node.next.computeIfAbsent(w.text(), k -> new Node<>());
        if (node.value == null)
            node.value = value;
        return this;
    }

    List<Hit<V>> find(String text) {
        return find(text, Token.of(text));
    }

    /**
     * The names in a text whose words have been read already: at each word the longest name that starts
     * there, its words joined by spaces, brackets or an apostrophe; a last word may drop a possessive "'s"
     * ("Nepal's prime minister").
     */
    List<Hit<V>> find(String text, List<Token> words) {
        List<Hit<V>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!initials.get(words.get(i).text().charAt(0)))
                continue;
            V found = null;
            int length = 0;
            int end = 0;
            Node<V> node = root;
            for (int n = 1; i + n <= words.size() && node != null; n++) {
                Token last = words.get(i + n - 1);
                if (n > 1 && !joined(text, words.get(i + n - 2), last))
                    break;
                Node<V> exact = node.next.get(last.text());
                if (exact != null && exact.value != null) {
                    found = exact.value;
                    length = n;
                    end = last.end();
                } else if (last.possessive()) {
                    Node<V> bare = node.next.get(last.bare());
                    if (bare != null && bare.value != null) {
                        found = bare.value;
                        length = n;
                        end = last.end() - 2;
                    }
                }
                node = exact;
            }
            if (found != null) {
                if (end < text.length() && text.charAt(end) == ')' && text.lastIndexOf('(', end) > words.get(i).start())
                    end++;          // "Communist Party of Nepal (Unified Marxist-Leninist)"
                out.add(new Hit<>(words.get(i).start(), end, found));
                i += length - 1;
            }
        }
        return out;
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
