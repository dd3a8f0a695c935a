package org.w3id.liaison.extract;

/** That the report says {@code person} (a {@link Person#name()}) holds {@code post}. */
public record Holding(String person, Post post, Evidence evidence) {}
