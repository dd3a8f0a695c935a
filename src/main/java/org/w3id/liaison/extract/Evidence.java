package org.w3id.liaison.extract;

/** The sentence a fact was drawn from, with its offsets in the article text (Java chars, end exclusive). */
public record Evidence(String text, int start, int end) {}
