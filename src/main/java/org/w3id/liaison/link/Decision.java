package org.w3id.liaison.link;

import java.util.Optional;

/**
 * What became of one subject: linked to its best candidate, or why not.
 *
 * @param subject the thing
 * @param outcome linked, ambiguous, below the threshold, or no candidate at all
 * @param best    the best candidate's item, if any
 * @param score   the best candidate's confidence, 0 to 1
 */
public record Decision(Subject subject, Outcome outcome, Optional<String> best, double score) {

    public enum Outcome { LINKED, AMBIGUOUS, BELOW_THRESHOLD, NO_CANDIDATE }

    public boolean linked() {
        return outcome == Outcome.LINKED;
    }
}
