package org.w3id.liaison;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;

/** A SPARQL function that returns its argument and counts its calls: to see how often a query evaluates it. */
public final class CountingFunction extends FunctionBase1 {
    /** The function's IRI, once {@link #register()}ed. */
    public static final String IRI = "urn:liaison:test:counted";
    private static final AtomicLong CALLS = new AtomicLong();

    public static void register() {
        FunctionRegistry.get().put(IRI, CountingFunction.class);
    }

    /** The calls since the last time this was asked. */
    public static long callsSinceAsked() {
        return CALLS.getAndSet(0);
    }

    @Override
    public NodeValue exec(NodeValue value) {
        CALLS.incrementAndGet();
        return value;
    }
}
