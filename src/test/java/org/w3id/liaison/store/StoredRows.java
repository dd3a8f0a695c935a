package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Rows for the tests of the steps that work on node ids, to be stored side by side ({@link SideBySide}):
 * values of every kind a sort must order, and sets of rows long enough for a pass over an index.
 */
final class StoredRows {
    static final String EX = "http://example.org/";
    static final String PREFIX = "PREFIX ex: <" + EX + ">\n";
    static final int ROWS = 5_000;
    /** Values of {@code ex:many} for each row: 135,000 triples, more than a {@link PropertyPass} reads at all. */
    static final int MANY = 27;

    private StoredRows() {}

    /**
     * Dates with and without time zones, ill-formed ones and ones TDB2 cannot hold in an id, times, numbers,
     * strings, IRIs, a blank node; some equal.
     */
    static List<Node> ofEveryKind() {
        return List.of(
                date("2021-03-04"), date("2021-03-04"), date("2019-12-31"), date("2021-11-02"), date("0999-01-01"),
                date("2021-03-17"), date("2021-03-09"), date("2020-03-04"), date("8191-12-31"), date("0001-01-01"),
                date("2021-03-04Z"), date("2021-03-04+02:00"), date("2021-03-03-05:00"),
                date("2021-02-30"), date("12021-01-01"), date("-0044-03-15"), date("2021-3-4"),
                typed("2021-03-04T10:00:00", XSDDatatype.XSDdateTime), typed("2021-03-04T10:00:00Z", XSDDatatype.XSDdateTime),
                typed("7", XSDDatatype.XSDinteger), typed("7.0", XSDDatatype.XSDdecimal), typed("-2", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralString("2021-03-04"), NodeFactory.createLiteralString("Beijing"),
                NodeFactory.createLiteralLang("Beijing", "en"), iri("beijing"), NodeFactory.createBlankNode());
    }

    /**
     * {@value #ROWS} rows ex:r0… (every tenth a blank node) in five sets of 1,000 ({@code ex:in}); up to two
     * {@code ex:v} of {@code values} each, those of every other row also in graph {@code ex:g}; for a third of
     * them an {@code ex:w}, one of {@code values} or a small integer; for a quarter an {@code ex:link} to
     * another row (a few to itself); and {@value #MANY} {@code ex:many} each.
     */
    static List<Quad> inSets(Random random, List<Node> values) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++)
            rows.add(i % 10 == 9 ? NodeFactory.createBlankNode() : iri("r" + i));
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Node row = rows.get(i);
            quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("in"), iri("set" + i / 1_000)));
            for (int v = random.nextInt(3); v > 0; v--) {
                Node value = values.get(random.nextInt(values.size()));
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("v"), value));
                if (i % 2 == 0)
                    quads.add(Quad.create(iri("g"), row, iri("v"), value));
            }
            if (random.nextInt(3) == 0)
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("w"), random.nextBoolean()
                        ? values.get(random.nextInt(values.size())) : typed(Integer.toString(random.nextInt(4)), XSDDatatype.XSDinteger)));
            if (random.nextInt(4) == 0)
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("link"), rows.get(i % 97 == 0 ? i : random.nextInt(ROWS))));
            for (int m = 0; m < MANY; m++)
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("many"), NodeFactory.createLiteralString("m" + m)));
        }
        return quads;
    }

    static Node date(String lexical) {
        return typed(lexical, XSDDatatype.XSDdate);
    }

    static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
