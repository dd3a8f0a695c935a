package org.w3id.liaison.extract;

import java.util.List;
import java.util.Optional;

/**
 * A post that exists whoever holds it: "member of the Political Bureau of the Communist Party of Cuba
 * Central Committee".
 *
 * @param label        the post, role in lower case, acronyms written out
 * @param asWritten    the post as the text writes it
 * @param organization the organs it sits in, innermost first ("Political Bureau of the ... Central Committee",
 *                     "Communist Party of Cuba Central Committee"); empty when the post is of a country
 * @param party        the party whose post it is, if any
 * @param country      the country whose post it is, if any
 */
public record Post(String label, String asWritten, List<String> organization, Optional<String> party,
                   Optional<String> country) {}
