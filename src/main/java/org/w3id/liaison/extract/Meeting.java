package org.w3id.liaison.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Talks, a meeting or a call that the report says took place.
 *
 * @param kind         "talks", "meeting" or "call"
 * @param participants person names, host first
 */
public record Meeting(String kind, List<String> participants, Optional<LocalDate> date, Optional<String> place,
                      Evidence evidence) {
    public static final String TALKS = "talks";
    public static final String MEETING = "meeting";
    public static final String CALL = "call";
}
