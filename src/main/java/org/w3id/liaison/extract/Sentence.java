package org.w3id.liaison.extract;

/** A sentence of an article, with its offsets in the article text. */
record Sentence(String text, int start, boolean caption) {
    int end() {
        return start + text.length();
    }

    Evidence evidence() {
        return new Evidence(text, start, end());
    }
}
