package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.w3id.liaison.authority.Names;

/**
 * The article text the rules read, and the mentions found in it so far. The working text has the same length
 * as the article text, so offsets agree: typographic apostrophes are made plain and photo credits
 * ("(Xinhua/Ding Haitao)") are blanked, because a photographer is not a participant.
 *
 * <p>Lookups are by position (an array of owners; the mentions in order of their starts, searched by halves),
 * so that reading a report costs time in proportion to its length, however many mentions it holds.
 */
final class TextIndex {
    private static final CuedPattern CREDIT = CuedPattern.startingWithOneOf(
            "\\((?:Xinhua|Photo|[\\p{L} .]{2,30})/[^()]{2,60}\\)|\\[Photo[^\\]]*\\]", "([");

    final String text;
    private final Mention[] owner;
    private List<Token> tokens;
    /** The mentions in order of their starts (no two start at the same offset: a claim owns its characters). */
    private final List<Mention> byStart = new ArrayList<>();

    TextIndex(String articleText) {
        String plain = articleText.replace('\u2019', '\'').replace('\u2018', '\'');
        StringBuilder b = new StringBuilder(plain);
        CuedPattern.Scan m = CREDIT.scan(plain);
        while (m.find())
            for (int i = m.start(); i < m.end(); i++)
                b.setCharAt(i, ' ');
        this.text = b.toString();
        this.owner = new Mention[text.length()];
    }

    /** The words of the text, read once and shared by every finder. */
    List<Token> tokens() {
        if (tokens == null)
            tokens = Token.of(text);
        return tokens;
    }

    /** The words that lie wholly within [from, to), in text order. */
    List<Token> tokens(int from, int to) {
        List<Token> all = tokens();
        int first = firstStartingAt(all, Token::start, from);
        int last = first;
        while (last < all.size() && all.get(last).end() <= to)
            last++;
        return all.subList(first, last);
    }

    /** The index of the first of a list in text order that starts at or after an offset. */
    private static <T> int firstStartingAt(List<T> inOrder, ToIntFunction<T> start, int offset) {
        int lo = 0;
        int hi = inOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(inOrder.get(mid)) < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /** The first offset in [from, limit) that is not white space as {@code \s} reads it; {@code limit} if none is. */
    int skipSpaces(int from, int limit) {
        int i = from;
        while (i < limit && Names.isSpace(text.charAt(i)))
            i++;
        return i;
    }

    boolean free(int start, int end) {
        for (int i = Math.max(0, start); i < end && i < owner.length; i++)
            if (owner[i] != null)
                return false;
        return true;
    }

    /** Adds the mention unless a mention found earlier covers any of it. */
    boolean claim(int start, int end, Mention.Kind kind, String key) {
        if (start >= end || !free(start, end))
            return false;
        Mention m = new Mention(start, end, kind, key);
        for (int i = start; i < end; i++)
            owner[i] = m;
        byStart.add(firstStartingAt(byStart, Mention::start, start), m);
        return true;
    }

    Optional<Mention> at(int offset) {
        return offset >= 0 && offset < owner.length ? Optional.ofNullable(owner[offset]) : Optional.empty();
    }

    /** The mentions of one kind (or all with {@code null}) within [start, end), in text order. */
    List<Mention> within(int start, int end, Mention.Kind kind) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstStartingAt(byStart, Mention::start, start); i < byStart.size() && byStart.get(i).start() < end; i++) {
            Mention m = byStart.get(i);
            if (m.end() <= end && (kind == null || m.kind() == kind))
                out.add(m);
        }
        return out;
    }

    List<Mention> all(Predicate<Mention> which) {
        return byStart.stream().filter(which).toList();
    }
}
