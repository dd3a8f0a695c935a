package org.w3id.liaison.server;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.util.Context;
import org.w3id.liaison.authority.LinkTarget;

/**
 * Federated {@code SERVICE} calls only to the endpoints on the list: any other target — loopback,
 * private-range, {@code file:}, a variable — is refused before a request is made (Fuseki answers 422), so
 * the endpoint cannot be used to reach what sits behind it.
 */
final class ServiceAllowList implements ChainingServiceExecutorBulk {
    /** Wikidata's and DBpedia's public query services: the anchors Liaison links to. */
    static final List<String> DEFAULT = Arrays.stream(LinkTarget.values()).map(LinkTarget::sparqlEndpoint).toList();

    private final Set<String> allowed;

    ServiceAllowList(List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * Puts this list in front of every SERVICE call made by queries on the dataset with this context
     * (replacing a list installed before: the chain is copied from the system-wide one).
     */
    void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addBulkLink(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt,
                                         ServiceExecutorBulk chain) {
        Node target = opService.getService();
        if (!target.isURI() || !allowed.contains(target.getURI()))
            throw new QueryDeniedException("SERVICE " + target + " is not on this server's allow-list");
        return chain.createExecution(opService, input, execCxt);
    }
}
