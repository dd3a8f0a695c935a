/**
 * What Liaison knows about the world before it reads a report: countries and their demonyms, capitals
 * and cities, parties and their acronyms, named initiatives, with their Wikidata items where they are
 * certain. The tables live in {@code data/reference/} and travel inside the jar. Also here: how a name
 * becomes a key and an IRI, so that one real thing gets one IRI from every report.
 */
package org.w3id.liaison.authority;
