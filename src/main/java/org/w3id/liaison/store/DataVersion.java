package org.w3id.liaison.store;

import java.util.Optional;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of a TDB2 database something computed from it belongs to, for what is kept in memory beside
 * the store (answers to queries, the name index) and must be computed afresh once the data changes.
 *
 * <pre>{@code
 * DataVersion.Reading at = versions.read();
 * Object result = compute();                 // in a read transaction of its own
 * if (versions.holds(at)) keep(at.version(), result);
 * }</pre>
 *
 * <p>The version is the number of write transactions begun. A result computed while a write transaction was
 * open, or while one began, may be of the data before a commit that keeps the same version: it is kept only
 * if {@link #holds} says neither happened.
 */
public final class DataVersion {
    /** The version when a computation started, and whether no write transaction was open then. */
    public record Reading(long version, boolean quiet) {}

    private final TransactionCoordinator writes;

    private DataVersion(TransactionCoordinator writes) {
        this.writes = writes;
    }

    /** The versions of a TDB2 dataset; empty for other datasets, which cannot say when they change. */
    public static Optional<DataVersion> of(DatasetGraph dsg) {
        return TDBInternal.isTDB2(dsg) ? Optional.of(new DataVersion(TDBInternal.getTransactionCoordinator(dsg)))
                : Optional.empty();
    }

    public Reading read() {
        long version = writes.countBeginWrite();
        return new Reading(version, writes.countActiveWriter() == 0);
    }

    /** Whether what was computed since {@code at} is of the data of {@code at.version()}. */
    public boolean holds(Reading at) {
        return at.quiet() && writes.countActiveWriter() == 0 && writes.countBeginWrite() == at.version();
    }
}
