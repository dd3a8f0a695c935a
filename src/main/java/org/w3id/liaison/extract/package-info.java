/**
 * Second stage: an {@link org.w3id.liaison.article.Article} becomes {@link org.w3id.liaison.extract.ArticleFacts}
 * — people, the posts they hold, parties, countries, places, meetings, initiatives and who backs them,
 * each n-ary fact with the {@link org.w3id.liaison.extract.Evidence} sentence it came from. Plain Java
 * records, no RDF. The rules are general: word tables in {@link org.w3id.liaison.extract.Lexicon}, reference
 * data from {@code authority}, and small named functions; no list of people.
 */
package org.w3id.liaison.extract;
