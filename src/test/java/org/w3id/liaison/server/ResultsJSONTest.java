package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;

/** The JSON results writer, read back by Jena's reader and set beside Jena's own writer. */
class ResultsJSONTest {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final Var X = Var.alloc("x");
    private static final Var Y = Var.alloc("y");
    private static final Node B1 = NodeFactory.createBlankNode();
    private static final Node B2 = NodeFactory.createBlankNode();

    /** Every kind of term, and the characters JSON must escape. */
    private static List<Binding> rows() {
        List<Node> terms = List.of(
                NodeFactory.createURI("https://w3id.org/liaison/id/official/cai-qi"),
                NodeFactory.createURI("http://example.org/Nicolás_\u0434"),
                NodeFactory.createLiteralString("plain"),
                NodeFactory.createLiteralString("quote \" backslash \\ slash / newline \n return \r tab \t"),
                NodeFactory.createLiteralString("controls \u0000 \u0001 \b \f \u001f end"),
                NodeFactory.createLiteralString("Nicolás 习近平 😀 \u2028"),
                NodeFactory.createLiteralLang("Cai Qi", "en"),
                NodeFactory.createLiteralLang("蔡奇", "zh-Hans"),
                NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"),
                NodeFactory.createLiteralDT("2023-04-24", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/custom")),
                B1, B2, B1,
                NodeFactory.createTripleTerm(Triple.create(B2, NodeFactory.createURI("http://example.org/p"),
                        NodeFactory.createLiteralLang("nested \"q\"", "en"))));
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            BindingBuilder b = Binding.builder().add(X, terms.get(i));
            if (i % 3 != 0)     // every third row leaves ?y unbound
                b.add(Y, terms.get(terms.size() - 1 - i));
            rows.add(b.build());
        }
        rows.add(Binding.builder().build());     // a row with nothing bound
        return rows;
    }

    private static RowSet rowSet(List<Binding> rows) {
        return RowSetStream.create(List.of(X, Y), rows.iterator());
    }

    private static byte[] written(RowSetWriter writer, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, rowSet(rows), null);
        return out.toByteArray();
    }

    /** Strict JSON, read by Gson (Jena's own JSON parser refuses the escape {@code \f}, which its writer writes). */
    private static JsonObject parse(byte[] json) {
        return JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static ResultSet read(byte[] json) {
        return ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
    }

    @Test
    void readBackItIsTheAnswerWritten() {
        List<Binding> rows = rows();

        ResultSet back = read(written(new ResultsJSON(), rows));

        assertThat(back.getResultVars()).containsExactly("x", "y");
        assertThat(ResultSetCompare.equalsByTermAndOrder(back, ResultSet.adapt(rowSet(rows)))).isTrue();
    }

    @Test
    void itSaysWhatJenasWriterSays() {
        List<Binding> rows = rows();

        JsonObject ours = parse(written(new ResultsJSON(), rows));
        JsonObject jenas = parse(written(JENA, rows));

        // the same members with the same values, blank-node labels included; only the white space differs
        assertThat(ours).isEqualTo(jenas);
    }

    @Test
    void anEmptyAnswerHasItsHeadAndNoBindings() {
        JsonObject json = parse(written(new ResultsJSON(), List.of()));

        assertThat(json.getAsJsonObject("head").getAsJsonArray("vars")).hasSize(2);
        assertThat(json.getAsJsonObject("results").getAsJsonArray("bindings")).isEmpty();
    }

    @Test
    void aWriterGetsTheSameTextAsAStream() {
        List<Binding> rows = rows();
        StringWriter text = new StringWriter();

        new ResultsJSON().write(text, rowSet(rows), null);

        assertThat(text.toString()).isEqualTo(new String(written(new ResultsJSON(), rows), StandardCharsets.UTF_8));
    }

    @Test
    void anAskAnswerAlsoCarriesAnEmptyTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ResultsJSON().write(out, true, null);

        JsonObject json = parse(out.toByteArray());
        assertThat(json.get("boolean").getAsBoolean()).isTrue();
        assertThat(json.getAsJsonObject("results").getAsJsonArray("bindings")).isEmpty();
    }
}
