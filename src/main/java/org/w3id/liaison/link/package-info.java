/**
 * Links the graph's officials and parties to Wikidata: candidates found by name on a Wikidata-shaped SPARQL
 * endpoint, scored by type, country and party, and only a clear winner above a threshold written as
 * {@code owl:sameAs}. Sits beside the server on top of the store.
 */
package org.w3id.liaison.link;
