package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article text the rules read, and the mentions found in it so far. The working text has the same length
 * as the article text, so offsets agree: typographic apostrophes are made plain and photo credits
 * ("(Xinhua/Ding Haitao)") are blanked, because a photographer is not a participant.
 */
final class TextIndex {
    private static final Pattern CREDIT = Pattern.compile("\\((?:Xinhua|Photo|[\\p{L} .]{2,30})/[^()]{2,60}\\)|\\[Photo[^\\]]*\\]");

    final String text;
    private final List<Mention> mentions = new ArrayList<>();

    TextIndex(String articleText) {
        StringBuilder b = new StringBuilder(articleText.replace('\u2019', '\'').replace('\u2018', '\''));
        Matcher m = CREDIT.matcher(b);
        while (m.find())
            for (int i = m.start(); i < m.end(); i++)
                b.setCharAt(i, ' ');
        this.text = b.toString();
    }

    boolean free(int start, int end) {
        return mentions.stream().noneMatch(m -> m.overlaps(start, end));
    }

    /** Adds the mention unless a mention found earlier covers any of it. */
    boolean claim(int start, int end, Mention.Kind kind, String key) {
        if (!free(start, end))
            return false;
        mentions.add(new Mention(start, end, kind, key));
        return true;
    }

    void replace(Mention old, Mention with) {
        mentions.set(mentions.indexOf(old), with);
    }

    Optional<Mention> at(int offset) {
        return mentions.stream().filter(m -> m.start() <= offset && offset < m.end()).findFirst();
    }

    /** The mentions of one kind (or all with {@code null}) within [start, end), in text order. */
    List<Mention> within(int start, int end, Mention.Kind kind) {
        return mentions.stream()
                .filter(m -> m.start() >= start && m.end() <= end && (kind == null || m.kind() == kind))
                .sorted(Comparator.comparingInt(Mention::start)).toList();
    }

    List<Mention> all(Predicate<Mention> which) {
        return mentions.stream().filter(which).sorted(Comparator.comparingInt(Mention::start)).toList();
    }
}
