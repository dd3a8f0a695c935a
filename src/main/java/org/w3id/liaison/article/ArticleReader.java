package org.w3id.liaison.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article file into its parts.
 *
 * <p>The file must be UTF-8: a malformed byte sequence is an error that names its byte offset, never
 * silently replaced, because a replaced name would enter the graph as a different person. Line ends are
 * normalised to {@code \n} before anything else, so character offsets refer to that text.
 *
 * <pre>{@code
 * Article a = new ArticleReader().read(Path.of("data/senior-cpc-pcc-officials-hold-talks-in-beijing.txt"));
 * a.dateline().flatMap(Article.Dateline::place);   // Optional[BEIJING]
 * }</pre>
 */
public final class ArticleReader {
    /** The longest report we accept; the genre's reports are a few kilobytes. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'.\\- ]{1,40}?)\\s*"
            + "(?:,\\s*(\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?))?\\s*"
            + "(?:\\([^()\\n]{2,40}\\)\\s*)?(?:--|\\u2013|\\u2014)\\s*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:\\((?:Xinhua|Photo|[\\p{L} .]{2,30})/[^()]{2,60}\\)|\\[Photo[^\\]]*\\])\\s*$");
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}{2,}(?:\\s+\\S+){3,}[.!?\"'\\u201D]");
    private static final int BYLINE_MAX = 100;
    private static final Pattern HTML = Pattern.compile("^\\s*<(?:!DOCTYPE\\s+html|html|head|body)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?(?:p|div|span|a|br|script|style|table|li|h[1-6])\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    /** Reads the file; its name without ".txt" becomes the article's id. */
    public Article read(Path file) throws ArticleException {
        if (Files.isSymbolicLink(file) && !Files.exists(file))
            throw new ArticleException("is a symbolic link to nothing (broken or looping)");
        if (Files.isDirectory(file))
            throw new ArticleException("is a directory, not an article file");
        if (!Files.isReadable(file))
            throw new ArticleException(Files.exists(file) ? "cannot be read (permission denied)" : "no such file");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new ArticleException("is " + size + " bytes, more than the " + MAX_BYTES + " an article may have");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException("cannot be read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return parse(id, decode(bytes));
    }

    /** Splits a text into an article's parts. */
    public Article parse(String id, String raw) throws ArticleException {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF"))
            text = " " + text.substring(1);   // keep offsets: the BOM becomes a space
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t')
                throw new ArticleException("holds control character U+%04X at character %d: binary, not text".formatted((int) c, i));
        }
        if (HTML.matcher(text).find() || TAG.matcher(text).results().limit(6).count() > 5)
            throw new ArticleException("is an HTML page, not an article's text (save the report as plain text)");
        List<Paragraph> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty())
            throw new ArticleException("is empty");
        Paragraph headline = paragraphs.get(0);
        if (headline.text().length() > 400 || paragraphs.size() < 2)
            throw new ArticleException("has no headline followed by paragraphs: not an article");

        Optional<Paragraph> byline = Optional.empty();
        List<Paragraph> captions = new ArrayList<>();
        List<Paragraph> body = new ArrayList<>();
        Optional<Article.Dateline> dateline = Optional.empty();
        for (int i = 1; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (PHOTO_CREDIT.matcher(p.text()).find()) {
                captions.add(p);
            } else if (i == 1 && isByline(p.text())) {
                byline = Optional.of(p);
            } else {
                if (dateline.isEmpty() && body.isEmpty())
                    dateline = dateline(p);
                body.add(p);
            }
        }
        boolean hasSentence = body.stream().anyMatch(p -> SENTENCE.matcher(p.text()).find())
                || captions.stream().anyMatch(p -> SENTENCE.matcher(p.text()).find());
        if (!hasSentence)
            throw new ArticleException("has no sentence after its headline: not an article");
        return new Article(id, text, headline, byline, List.copyOf(captions), dateline, List.copyOf(body));
    }

    private static boolean isByline(String p) {
        return p.length() <= BYLINE_MAX && p.chars().anyMatch(Character::isDigit) && !SENTENCE.matcher(p).find();
    }

    private static Optional<Article.Dateline> dateline(Paragraph p) {
        Matcher m = DATELINE.matcher(p.text());
        if (!m.find())
            return Optional.empty();
        String place = m.group(1).trim();
        // "BEIJING" or "Phnom Penh": a place, not the start of a sentence such as "Xi Jinping said --"
        if (place.split("\\s+").length > 4)
            return Optional.empty();
        return Optional.of(new Article.Dateline(Optional.of(place), Optional.ofNullable(m.group(2)), p.start() + m.end()));
    }

    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            addTrimmed(out, text, from, to);
            if (!found)
                break;
            from = m.end();
        }
        return out;
    }

    private static void addTrimmed(List<Paragraph> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from)))
            from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1)))
            to--;
        if (to > from)
            out.add(new Paragraph(text.substring(from, to).replace('\n', ' '), from));
    }

    private static String decode(byte[] bytes) throws ArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new ArticleException("is not valid UTF-8 (bad byte at offset " + in.position() + ")", e);
        } catch (CharacterCodingException e) {
            throw new ArticleException("is not valid UTF-8 (at byte offset " + in.position() + ")", e);
        }
    }
}
