package org.w3id.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How persistent IRIs and this server's paths map to each other. */
class SiteTest {
    final Site site = Site.DEFAULT;

    @Test
    void aPathUnderIdNamesAThingUnderTheBase() {
        assertThat(site.thingOf("/official/cai-qi")).hasValue("https://w3id.org/liaison/id/official/cai-qi");
        assertThat(site.thingOf("/article/report%20one")).hasValue("https://w3id.org/liaison/id/article/report%20one");
    }

    @Test
    void pathsThatNameNothingAreRefused() {
        assertThat(site.thingOf("/")).isEmpty();
        assertThat(site.thingOf("")).isEmpty();
        assertThat(site.thingOf("/official/../dataset")).isEmpty();
        assertThat(site.thingOf("//evil.example/x")).isEmpty();
    }

    @Test
    void linksStayOnThisServerForThingsAndTermsAndGoOutForTheRest() {
        assertThat(site.href("https://w3id.org/liaison/id/official/cai-qi")).isEqualTo("/page/official/cai-qi");
        assertThat(site.href("https://w3id.org/liaison/id/article/x#char=1,9")).isEqualTo("/page/article/x#char=1,9");
        assertThat(site.href("https://w3id.org/liaison/ontology#Official")).isEqualTo("/ontology#Official");
        assertThat(site.href("http://www.wikidata.org/entity/Q148")).isEqualTo("http://www.wikidata.org/entity/Q148");
        assertThat(site.external("http://www.wikidata.org/entity/Q148")).isTrue();
        assertThat(site.external("https://w3id.org/liaison/id/country/china")).isFalse();
    }

    @Test
    void anotherBaseMapsTheSameWay() {
        Site mirror = new Site("http://data.example.org/liaison");
        assertThat(mirror.thingOf("/official/cai-qi")).hasValue("http://data.example.org/liaison/id/official/cai-qi");
        assertThat(mirror.data("http://data.example.org/liaison/id/official/cai-qi", "ttl")).isEqualTo("/data/official/cai-qi.ttl");
    }
}
