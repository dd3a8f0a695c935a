/**
 * Fourth stage: article graphs into a TDB2 database, one named graph per article, each replaced in one
 * write transaction; {@link org.w3id.liaison.store.ArticleLoader} runs the stages before it for each file.
 * How the database answers queries is tuned here too ({@link org.w3id.liaison.store.StoreExecutor}): sorting
 * with keys computed once, {@code OPTIONAL}s joined on node ids, and through one pass over an index where the
 * left side is long, counts grouped on node ids.
 */
package org.w3id.liaison.store;
