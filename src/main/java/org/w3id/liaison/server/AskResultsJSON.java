package org.w3id.liaison.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL JSON results, with one addition for ASK: beside {@code "boolean"} the answer carries an empty
 * {@code "results": {"bindings": []}}. Clients that read only the standard members see no difference;
 * clients that read every answer as a table (the project's {@code score.py} does, even for its readiness
 * probe {@code ASK {}}) no longer fail on a missing member. SELECT results are Jena's own writer's.
 */
final class AskResultsJSON implements RowSetWriter {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final RowSetWriterFactory FACTORY = lang -> new AskResultsJSON();

    /** Registers this writer for {@code application/sparql-results+json}, process-wide. */
    static void register() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        JENA.write(out, rowSet, context);
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        JENA.write(out, rowSet, context);
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        String json = "{ \"head\": {}, \"boolean\": " + result + ", \"results\": { \"bindings\": [] } }\n";
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
