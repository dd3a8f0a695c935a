package org.w3id.liaison.extract;

/** A stretch of the article text that names something; {@code key} is the canonical name of what it names. */
record Mention(int start, int end, Kind kind, String key) {
    enum Kind { PARTY, COUNTRY, DEMONYM, PLACE, INITIATIVE, PERSON }
}
