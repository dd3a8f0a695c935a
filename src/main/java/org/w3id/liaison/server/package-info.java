/**
 * Fifth stage: the knowledge graph served over HTTP by an embedded Fuseki — SPARQL at {@code /kg/sparql},
 * read-only, union default graph, with a query timeout and CORS — and a console at {@code /}.
 */
package org.w3id.liaison.server;
