/**
 * Fourth stage: article graphs into a TDB2 database, one named graph per article, each replaced in one
 * write transaction; {@link org.w3id.liaison.store.ArticleLoader} runs the stages before it for each file.
 */
package org.w3id.liaison.store;
