package org.diplograph.server;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor, with a {@link QueryScheduler} checkpoint between every operator and the next: where a
 * long query waits for its turn.
 *
 * Design decision: the checkpoint sits between ARQ's operators (every solution a join, filter, count or
 * projection takes from the one below passes it), installed through the dataset's own executor factory, so the
 * query engine itself is TDB2's, unchanged. A long scan inside one triple pattern that yields nothing does not pass
 * a checkpoint until it yields; its time limit still stops it.
 */
final class TurnTakingExecutor extends OpExecutorTDB2 {
    /** Makes the executors of the gated requests; other queries of the dataset get TDB2's own. */
    record Factory(QueryScheduler scheduler) implements OpExecutorFactory {
        @Override
        public OpExecutor create(ExecutionContext execCxt) {
            QueryScheduler.Ticket ticket = scheduler.current();
            return ticket == null ? OpExecutorTDB2.OpExecFactoryTDB.create(execCxt) : new TurnTakingExecutor(execCxt, ticket);
        }
    }

    private final QueryScheduler.Ticket ticket;

    private TurnTakingExecutor(ExecutionContext execCxt, QueryScheduler.Ticket ticket) {
        super(execCxt);
        this.ticket = ticket;
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        return new Checkpoint(super.exec(op, input), execCxt, ticket);
    }

    /** Passes the solutions on, checking the query's turn before each. */
    private static final class Checkpoint extends QueryIter1 {
        private final QueryScheduler.Ticket ticket;
        private final ExecutionContext context;

        Checkpoint(QueryIterator input, ExecutionContext context, QueryScheduler.Ticket ticket) {
            super(input, context);
            this.ticket = ticket;
            this.context = context;
        }

        @Override
        protected boolean hasNextBinding() {
            ticket.checkpoint(() -> context.getCancelSignal() != null && context.getCancelSignal().get());
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return getInput().nextBinding();
        }

        @Override
        protected void closeSubIterator() {
        }

        @Override
        protected void requestSubCancel() {
        }
    }
}
