package org.w3id.liaison.extract;

import java.util.Optional;
import java.util.Set;

/**
 * A person the report names.
 *
 * @param name    the fullest form of the name the text gives
 * @param aliases the other forms the text uses ("Cai", "Morales")
 * @param party   the full name of the party the text says or implies they belong to
 * @param country the country they serve, when the text makes it plain
 */
public record Person(String name, Set<String> aliases, Optional<String> party, Optional<String> country) {}
