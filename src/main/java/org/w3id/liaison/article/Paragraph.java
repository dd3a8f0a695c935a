package org.w3id.liaison.article;

/** A paragraph of an article and where it starts in the article's text (in chars of the Java string). */
public record Paragraph(String text, int start) {
    public int end() {
        return start + text.length();
    }
}
