package org.w3id.liaison.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = new Gazetteer();
    private final Gazetteer.NameList<String> parties = gazetteer.list();
    private final Gazetteer.NameList<String> countries = gazetteer.list();

    GazetteerTest() {
        gazetteer.add(parties, "Communist Party of Cuba", "PCC")
                .add(parties, "Communist Party", "a communist party")
                .add(parties, "Communist Party of Nepal (Unified Marxist-Leninist)", "CPN-UML")
                .add(countries, "Cuba", "Cuba")
                .add(countries, "Nepal", "Nepal");
    }

    @Test
    void eachListFindsItsLongestNamesInOnePass() {
        String text = "talks with the Communist Party of Cuba and Nepal's Communist Party in Cuba";
        Gazetteer.Found found = gazetteer.find(text, Token.of(text));

        assertThat(found.of(parties)).extracting(h -> text.substring(h.start(), h.end()), Gazetteer.Hit::value)
                .containsExactly(tuple("Communist Party of Cuba", "PCC"),
                        tuple("Communist Party", "a communist party"));
        // a name inside another list's name is still found in its own list; a possessive drops its "'s"
        assertThat(found.of(countries)).extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Cuba", "Nepal", "Cuba");
    }

    @Test
    void aNameMayEndWithABracketAndHoldBrackets() {
        String text = "the Communist Party of Nepal (Unified Marxist-Leninist) said";
        List<Gazetteer.Hit<String>> hits = gazetteer.find(text, Token.of(text)).of(parties);

        assertThat(hits).extracting(Gazetteer.Hit::value).containsExactly("CPN-UML");
        assertThat(text.substring(hits.get(0).start(), hits.get(0).end()))
                .isEqualTo("Communist Party of Nepal (Unified Marxist-Leninist)");
    }

    @Test
    void wordsMustStandTogether() {
        String text = "the Communist Party, of Cuba";
        assertThat(gazetteer.find(text, Token.of(text)).of(parties)).extracting(Gazetteer.Hit::value)
                .containsExactly("a communist party");
    }
}
