package org.w3id.liaison.extract;

/** That {@code agent} supports, joins or will advance the named {@code initiative}. */
public record Endorsement(Agent agent, String initiative, Evidence evidence) {

    /** Who backs an initiative: a person, a party or a country, by name. */
    public record Agent(Kind kind, String name) {}

    public enum Kind { PERSON, PARTY, COUNTRY }
}
