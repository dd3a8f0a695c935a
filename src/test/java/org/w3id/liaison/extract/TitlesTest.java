package org.w3id.liaison.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void rolesAreReadAtEitherEndOfAText() {
        assertThat(Titles.roleAtStart("former vice-minister of culture")).isEqualTo("former vice-minister".length());
        assertThat(Titles.roleAtStart("Vice President of Cuba")).isEqualTo("Vice President".length());
        assertThat(Titles.roleAtStart("first deputy chairman of the council")).isEqualTo("first deputy chairman".length());
        // "Cuban" begins no role: the text is passed on its first word
        assertThat(Titles.roleAtStart("Cuban President")).isZero();
        assertThat(Titles.roleAtStart(" member")).isZero();

        assertThat(Titles.roleAtEnd("Cuban President")).isEqualTo("President".length());
        assertThat(Titles.roleAtEnd("Nepalese Prime Minister ")).isEqualTo("Prime Minister".length());
        assertThat(Titles.roleAtEnd("Russian Security Council Secretary")).isEqualTo("Secretary".length());
        assertThat(Titles.roleAtEnd("the talks")).isZero();
        assertThat(Titles.roleAtEnd("")).isZero();
    }

    @Test
    void aWordEndingSomewhereStartsAfterTheWhiteSpaceBeforeIt() {
        assertThat(Titles.wordStart("Cuban President", "Cuban President".length())).isEqualTo("Cuban ".length());
        assertThat(Titles.wordStart("Cuban President", "Cuban".length())).isZero();
        assertThat(Titles.wordStart("member\tof", "member\tof".length())).isEqualTo("member\t".length());
        // only \s separates words: a no-break space is part of one
        assertThat(Titles.wordStart("Hun\u00A0Sen", "Hun\u00A0Sen".length())).isZero();
    }

    @Test
    void honorificsAtTheEndOfATitleAreFoundWhereTheyStart() {
        assertThat(Titles.honorificsStart("Senate President Samdech Techo")).isEqualTo("Senate President".length());
        assertThat(Titles.honorificsStart("Vice President Mr.")).isEqualTo("Vice President".length());
        assertThat(Titles.honorificsStart("Madam  ")).isZero();
        // none: the last word is no honorific, or only looks like one
        assertThat(Titles.honorificsStart("Prime Minister")).isEqualTo("Prime Minister".length());
        assertThat(Titles.honorificsStart("Comrade X")).isEqualTo("Comrade X".length());
        assertThat(Titles.honorificsStart("Director Dr..")).isEqualTo("Director Dr..".length());
        assertThat(Titles.honorificsStart("Envoy.Mr")).isEqualTo("Envoy.Mr".length());
        assertThat(Titles.honorificsStart("")).isZero();
    }
}
