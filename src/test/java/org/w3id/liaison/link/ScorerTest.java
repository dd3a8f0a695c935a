package org.w3id.liaison.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rules on candidates written out by hand. */
class ScorerTest {
    static final String WD = "http://www.wikidata.org/entity/";
    final Scorer scorer = new Scorer(0.9);
    final Subject official = new Subject("x", "Li Qiang", Subject.Kind.OFFICIAL, Optional.of(WD + "Q148"), Optional.of(WD + "Q17427"));

    static Candidate human(String id, boolean byLabel, String country, String party) {
        return new Candidate(WD + id, byLabel, Set.of("Q5"), country == null ? Set.of() : Set.of(WD + country),
                party == null ? Set.of() : Set.of(WD + party));
    }

    @Test
    void aNameAndAKindAloneAreNotEnough() {
        assertThat(scorer.decide(official, List.of(human("Q1", true, null, null))).outcome())
                .isEqualTo(Decision.Outcome.BELOW_THRESHOLD);
    }

    @Test
    void theRightCountryMakesItSure() {
        Decision d = scorer.decide(official, List.of(human("Q1", true, "Q148", null)));
        assertThat(d.outcome()).isEqualTo(Decision.Outcome.LINKED);
        assertThat(d.score()).isEqualTo(1.0);
    }

    @Test
    void theRightPartyTellsNamesakesApart() {
        Decision d = scorer.decide(official, List.of(human("Q1", true, "Q148", null), human("Q2", true, "Q148", "Q17427")));
        assertThat(d.outcome()).isEqualTo(Decision.Outcome.LINKED);
        assertThat(d.best()).hasValue(WD + "Q2");
    }

    @Test
    void equalNamesakesAreLeftAlone() {
        assertThat(scorer.decide(official, List.of(human("Q1", true, "Q148", null), human("Q2", true, "Q148", null))).outcome())
                .isEqualTo(Decision.Outcome.AMBIGUOUS);
    }

    @Test
    void anotherKindOfThingIsNoCandidate() {
        Candidate street = new Candidate(WD + "Q3", true, Set.of("Q79007"), Set.of(WD + "Q148"), Set.of());
        assertThat(scorer.decide(official, List.of(street)).outcome()).isEqualTo(Decision.Outcome.NO_CANDIDATE);
    }

    @Test
    void aDifferentCountryCountsAgainst() {
        assertThat(scorer.decide(official, List.of(human("Q1", true, "Q30", "Q17427"))).outcome())
                .isEqualTo(Decision.Outcome.BELOW_THRESHOLD);
    }
}
