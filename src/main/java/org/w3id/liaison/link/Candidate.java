package org.w3id.liaison.link;

import java.util.Set;

/**
 * A Wikidata item that may be the same as a subject, with what the endpoint said about it.
 *
 * @param item       the item's IRI
 * @param byLabel    whether the name is its label (else one of its aliases)
 * @param types      its {@code wdt:P31} items
 * @param countries  its {@code wdt:P27} (citizenship) and {@code wdt:P17} (country) items
 * @param parties    its {@code wdt:P102} (member of political party) items
 */
public record Candidate(String item, boolean byLabel, Set<String> types, Set<String> countries, Set<String> parties) {}
