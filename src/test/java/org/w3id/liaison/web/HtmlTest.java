package org.w3id.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textAndAttributeValuesAreEscaped() {
        String html = new Html().open("a", "title", "x\" onmouseover=\"alert(1)").text("<b>Li & 'Lima'</b>").close("a").toString();
        assertThat(html).isEqualTo("<a title=\"x&quot; onmouseover=&quot;alert(1)\">&lt;b&gt;Li &amp; &#39;Lima&#39;&lt;/b&gt;</a>");
    }

    @Test
    void externalLinksSayTheyGoOut() {
        assertThat(new Html().link("http://www.wikidata.org/entity/Q148", "Q148", true).toString())
                .isEqualTo("<a href=\"http://www.wikidata.org/entity/Q148\" rel=\"external\">Q148</a>");
    }
}
