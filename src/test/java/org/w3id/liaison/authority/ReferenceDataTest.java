package org.w3id.liaison.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceData ref = ReferenceData.load();

    @Test
    void countriesByNameOtherNameAndDemonym() {
        assertThat(ref.country("Viet Nam")).map(ReferenceData.Country::name).contains("Vietnam");
        assertThat(ref.countryByDemonym("Sri Lankan")).map(ReferenceData.Country::name).contains("Sri Lanka");
        assertThat(ref.country("China")).map(ReferenceData.Country::wikidata).contains("Q148");
    }

    @Test
    void partiesByNameOrAcronym() {
        assertThat(ref.party("PCC")).map(ReferenceData.KnownParty::name).contains("Communist Party of Cuba");
        assertThat(ref.party("Chinese Communist Party")).map(ReferenceData.KnownParty::acronym).contains("CPC");
    }

    @Test
    void aWellKnownCityOneTypoAway() {
        assertThat(ref.city("Bejing")).map(ReferenceData.City::name).contains("Beijing");
        assertThat(ref.city("PHNOM PENH")).map(ReferenceData.City::name).contains("Phnom Penh");
        assertThat(ref.city("Lima")).map(ReferenceData.City::name).contains("Lima");
        assertThat(ref.city("Limo")).isEmpty();          // short names: no guessing
    }
}
