package org.w3id.liaison.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void aKeyIgnoresCaseAccentsApostrophesAndSpacing() {
        assertThat(Names.key("Nicolás Maduro")).isEqualTo("nicolas-maduro");
        assertThat(Names.key("Nicolas  Maduro")).isEqualTo("nicolas-maduro");
        assertThat(Names.key("Lao People's Revolutionary Party")).isEqualTo("lao-peoples-revolutionary-party");
        assertThat(Names.key("Lao People\u2019s Revolutionary Party")).isEqualTo("lao-peoples-revolutionary-party");
        assertThat(Names.key(" -Workers' Party (PT)- ")).isEqualTo("workers-party-pt");
        assertThat(Names.key("Đảng Cộng sản Việt Nam")).isEqualTo("đang-cong-san-viet-nam");   // đ has no decomposition
    }

    /**
     * An ASCII name takes a short path; every name of the reference data gets the key the general path
     * gives it, which a trailing no-break space (NFKD: a space, so one more trailing hyphen, dropped) forces.
     */
    @Test
    void theAsciiPathAgreesWithTheGeneralOneOnEveryReferenceName() {
        ReferenceData ref = ReferenceData.load();
        List<String> names = new ArrayList<>();
        ref.parties().forEach(p -> { names.add(p.name()); names.addAll(p.aliases()); names.add(p.acronym()); });
        ref.countries().forEach(c -> { names.add(c.name()); names.addAll(c.aliases()); names.addAll(c.demonyms()); });
        ref.cities().forEach(c -> { names.add(c.name()); names.addAll(c.aliases()); });
        names.addAll(List.of("", "'", "--", "a_b", "Côte d'Ivoire", "x\ty", "1st Congress"));
        assertThat(names).hasSizeGreaterThan(500);
        for (String name : names)
            assertThat(Names.key(name)).as(name).isEqualTo(Names.key(name + "\u00A0"));
    }
}
