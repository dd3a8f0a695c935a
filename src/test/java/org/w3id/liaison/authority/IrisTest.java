package org.w3id.liaison.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void oneThingOneIriWhateverTheSpelling() {
        assertThat(Iris.official("Cai Qi")).isEqualTo("https://w3id.org/liaison/id/official/cai-qi");
        assertThat(Iris.official("Nicolás Maduro Moros")).isEqualTo(Iris.official("Nicolas  Maduro Moros"));
        assertThat(Iris.official("Miguel Diaz-Canel")).isEqualTo(Iris.official("Miguel Diaz Canel"));
    }

    @Test
    void differentNamesNeverShareAnIri() {
        assertThat(Iris.official("习近平")).isNotEqualTo(Iris.official("李强"));
        assertThat(Iris.official("习近平")).isEqualTo("https://w3id.org/liaison/id/official/习近平");
        assertThat(Iris.official("Li Qiang")).isNotEqualTo(Iris.official("Li Qian"));
    }

    @Test
    void aGenericPartyNameIsQualifiedByItsCountry() {
        assertThat(Iris.party("Democratic Party", "Serbia", false))
                .isNotEqualTo(Iris.party("Democratic Party", "Albania", false))
                .isEqualTo("https://w3id.org/liaison/id/party/democratic-party-serbia");
        assertThat(Iris.party("Communist Party of Vietnam", "Vietnam", false))
                .isEqualTo("https://w3id.org/liaison/id/party/communist-party-of-vietnam");
        assertThat(Iris.party("United Russia", "Russia", true)).isEqualTo("https://w3id.org/liaison/id/party/united-russia");
    }

    @Test
    void anyFileNameMakesAValidArticleIri() {
        assertThat(Iris.article("2023-04-24 talks (draft)")).isEqualTo(
                "https://w3id.org/liaison/id/article/2023-04-24%20talks%20%28draft%29");
    }
}
