/**
 * The linked-data face of the knowledge graph, apart from HTTP: what describes a thing (its statements, the
 * labels of what it links to, the facts about it with their source sentences), the HTML pages that show it,
 * the ontology's documentation, and how the persistent IRIs map to the server's paths.
 */
package org.w3id.liaison.web;
