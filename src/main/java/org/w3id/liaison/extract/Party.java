package org.w3id.liaison.extract;

import java.util.Optional;
import java.util.Set;

/**
 * A political party the report names.
 *
 * @param name     its full name
 * @param acronym  the acronym the text defines or the genre writes it with
 * @param country  its country, from its name, the text or reference data
 * @param aliases  other names the text uses for it
 */
public record Party(String name, Optional<String> acronym, Optional<String> country, Set<String> aliases) {}
