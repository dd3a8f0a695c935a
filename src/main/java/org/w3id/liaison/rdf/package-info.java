/**
 * Third stage: {@link org.w3id.liaison.extract.ArticleFacts} become one article's RDF graph, named by the
 * article's IRI, with provenance on every n-ary fact; {@link org.w3id.liaison.rdf.GraphValidator} checks it
 * against the SHACL shapes before anything is stored. Only this package knows triples.
 */
package org.w3id.liaison.rdf;
