/**
 * The Liaison vocabulary: one constants class, {@link org.w3id.liaison.ontology.LIA}, mirroring
 * {@code ontology/liaison.ttl}, and the SHACL shapes of {@code ontology/shapes.ttl}. Nothing else in
 * the code base writes a term's IRI.
 */
package org.w3id.liaison.ontology;
