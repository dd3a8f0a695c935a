package org.w3id.liaison.link;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How sure a candidate is, from evidence a reader would weigh: the name (the item's label counts more than an
 * alias), the kind (an official must be a human, a party a political party: any other kind rules it out),
 * the country (citizenship for an official, country for a party) and the party. A country or party that is
 * known on both sides and differs counts against. Only the best candidate at or above the threshold, ahead
 * of the next by a clear margin, is linked: two namesakes who fit equally are left for a person to decide.
 */
public final class Scorer {
    static final double LABEL = 0.6;
    static final double ALIAS = 0.5;
    static final double KIND = 0.2;
    static final double SAME_COUNTRY = 0.2;
    static final double OTHER_COUNTRY = -0.4;
    static final double SAME_PARTY = 0.2;
    static final double OTHER_PARTY = -0.2;
    /** How far ahead of the runner-up the best candidate must be. */
    static final double MARGIN = 0.15;

    private final double threshold;

    public Scorer(double threshold) {
        this.threshold = threshold;
    }

    /** The points a candidate earns; below zero when it is ruled out. */
    double points(Subject s, Candidate c) {
        if (!c.types().contains(s.kind().type()))
            return -1;
        double p = (c.byLabel() ? LABEL : ALIAS) + KIND;
        if (s.country().isPresent() && !c.countries().isEmpty())
            p += c.countries().contains(s.country().get()) ? SAME_COUNTRY : OTHER_COUNTRY;
        if (s.party().isPresent() && !c.parties().isEmpty())
            p += c.parties().contains(s.party().get()) ? SAME_PARTY : OTHER_PARTY;
        return p;
    }

    public Decision decide(Subject s, List<Candidate> candidates) {
        List<Scored> ranked = candidates.stream().map(c -> new Scored(c, points(s, c))).filter(x -> x.points >= 0)
                .sorted(Comparator.comparingDouble((Scored x) -> x.points).reversed()).toList();
        if (ranked.isEmpty())
            return new Decision(s, Decision.Outcome.NO_CANDIDATE, Optional.empty(), 0);
        Scored best = ranked.get(0);
        double confidence = Math.min(1.0, best.points);
        Optional<String> item = Optional.of(best.candidate.item());
        if (confidence < threshold)
            return new Decision(s, Decision.Outcome.BELOW_THRESHOLD, item, confidence);
        if (ranked.size() > 1 && best.points - ranked.get(1).points < MARGIN)
            return new Decision(s, Decision.Outcome.AMBIGUOUS, item, confidence);
        return new Decision(s, Decision.Outcome.LINKED, item, confidence);
    }

    private record Scored(Candidate candidate, double points) {}
}
