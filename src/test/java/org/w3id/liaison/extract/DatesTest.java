package org.w3id.liaison.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final Optional<LocalDate> TUESDAY = Optional.of(LocalDate.of(2024, 10, 22));

    @Test
    void bylinesGiveTheirFirstFullDate() {
        assertThat(Dates.firstFullDate("Xinhua) 08:43, April 25, 2023")).contains(LocalDate.of(2023, 4, 25));
        assertThat(Dates.firstFullDate("Updated: 2016-03-01 02:40 (Xinhua)")).contains(LocalDate.of(2016, 3, 1));
        assertThat(Dates.firstFullDate("( 2018.11.29 )")).contains(LocalDate.of(2018, 11, 29));
        assertThat(Dates.firstFullDate("Wednesday, May 16, 2018, 20:20 By Xinhua")).contains(LocalDate.of(2018, 5, 16));
        assertThat(Dates.firstFullDate("Xinhua, no date here")).isEmpty();
    }

    @Test
    void aDatelineWithoutYearTakesTheYearOfPublication() {
        assertThat(Dates.monthDay("Sept. 14", LocalDate.of(2023, 9, 15))).contains(LocalDate.of(2023, 9, 14));
        assertThat(Dates.monthDay("November 29th", LocalDate.of(2018, 11, 29))).contains(LocalDate.of(2018, 11, 29));
        // filed on Dec. 31, published on Jan. 1: the year before
        assertThat(Dates.monthDay("Dec. 31", LocalDate.of(2025, 1, 1))).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void weekdaysAreTheLastSuchDayOnOrBeforeTheDateline() {
        assertThat(Dates.in("They met on Monday.", TUESDAY).date()).contains(LocalDate.of(2024, 10, 21));
        assertThat(Dates.in("They met on Tuesday.", TUESDAY).date()).contains(LocalDate.of(2024, 10, 22));
        assertThat(Dates.in("They met on Wednesday.", TUESDAY).date()).contains(LocalDate.of(2024, 10, 16));
    }

    @Test
    void relativeWordsAndRanges() {
        assertThat(Dates.in("He met here today with the delegation.", TUESDAY).date()).contains(TUESDAY.get());
        assertThat(Dates.in("Yesterday, the two leaders agreed.", TUESDAY).date()).contains(LocalDate.of(2024, 10, 21));
        assertThat(Dates.in("They visited from Oct. 19 to 20.", TUESDAY).range()).isTrue();
        assertThat(Dates.in("They visited from Saturday to Monday.", TUESDAY).date()).isEmpty();
        assertThat(Dates.in("On the same day, Li also met with him.", TUESDAY).sameDay()).isTrue();
        assertThat(Dates.in("A full date: Nov. 22, 2023, it was.", TUESDAY).date()).contains(LocalDate.of(2023, 11, 22));
    }
}
