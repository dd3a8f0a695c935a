package org.w3id.liaison.link;

import java.util.Optional;

/**
 * A thing of the graph to be linked, with what is known to constrain its match.
 *
 * @param iri     its Liaison IRI
 * @param label   its name
 * @param kind    an official or a party
 * @param country the Wikidata item of its country, when the graph links it
 * @param party   the Wikidata item of its party (officials), when the graph links it
 */
public record Subject(String iri, String label, Kind kind, Optional<String> country, Optional<String> party) {

    /** What a thing is, and the Wikidata classes ({@code wdt:P31}) its match must be an instance of. */
    public enum Kind {
        OFFICIAL("Q5"),
        PARTY("Q7278");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The Wikidata item a match's {@code wdt:P31} must hold. */
        public String type() {
            return type;
        }
    }
}
