/**
 * Fourth stage: article graphs into a TDB2 database, one named graph per article, each replaced in one
 * write transaction; {@link org.w3id.liaison.store.ArticleLoader} runs the stages before it for each file.
 * How the database answers queries is tuned here too ({@link org.w3id.liaison.store.StoreExecutor}): sorting
 * with keys computed once, the first rows of a stored pattern picked on node ids, {@code OPTIONAL}s joined on
 * node ids, and through one pass over an index where the left side is long, counts grouped on node ids. So are the reads a page makes of many things at once
 * ({@link org.w3id.liaison.store.BatchLookup}): one pass over a property's index, the things found handed back
 * as node ids ({@link org.w3id.liaison.store.Things}, {@link org.w3id.liaison.store.Values}) that become nodes
 * only when read.
 */
package org.w3id.liaison.store;
