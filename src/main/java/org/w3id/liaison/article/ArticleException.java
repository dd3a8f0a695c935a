package org.w3id.liaison.article;

/** A file that cannot be read as an article; the message says why in a few words. */
public class ArticleException extends Exception {
    public ArticleException(String message) {
        super(message);
    }

    public ArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
