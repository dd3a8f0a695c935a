/**
 * First stage: a file becomes an {@link org.w3id.liaison.article.Article} — headline, byline, photo
 * captions, dateline and paragraphs, each with its character offset in the text. Nothing here knows
 * about people, parties or RDF.
 */
package org.w3id.liaison.article;
