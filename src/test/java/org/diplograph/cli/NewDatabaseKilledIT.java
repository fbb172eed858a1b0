package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.source.Article;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.ListeningConnector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;

/**
 * The first ingest into a new folder, killed hard (a real child JVM, SIGKILL) while TDB2 makes the new database's
 * files, leaves a folder that TDB2 opens, or one that holds no database yet; running the same ingest again completes it.
 * <p>
 * The kill is not left to chance: the child runs under the Java debugger interface, stopped at the moment TDB2 has
 * written the first block of a new B+tree index and not yet its root node (BPTreeNodeMgr.createNode, called once for
 * each of the 12 B+trees of a new database, then only when a node splits). A database cut short there never opened
 * again: "BPTreeException: Node block manager empty = true // Records block manager empty = false".
 */
class NewDatabaseKilledIT {
    private static final int ARTICLES = 5;
    /** The class and method in whose call the child is killed (TDB2 6.x; if this test says it never got there, look again). */
    private static final String NODE_MANAGER = "org.apache.jena.dboe.trans.bplustree.BPTreeNodeMgr";
    private static final String CREATE_NODE = "createNode";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed as TDB2 makes index {0} of 12")
    @ValueSource(ints = {1, 6, 12})
    void an_ingest_killed_while_it_makes_a_new_database_leaves_a_folder_that_opens_and_the_same_ingest_completes(int index)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        Set<String> graphs = KilledIngestIT.writeArticles(in, ARTICLES).keySet();
        Path db = dir.resolve("tdb2");

        killAtCall(index, "ingest", "--db", db.toString(), in.toString());

        // what the kill left: no database yet, or one that opens (as TDB2 opens it, with no help from diplograph) and is empty
        if (holdsDatabase(db)) {
            assertEquals(Set.of(), graphsIn(db), "a database that a kill during its making left, holding articles");
        }

        try (ChildProcess child = ChildProcess.diplograph(dir, "ingest", "--db", db.toString(), in.toString())) {
            assertEquals(0, child.awaitExit(600), String.join("\n", child.seen()));
        }
        assertEquals(graphs, graphsIn(db));
        // nothing of the stopped attempt is left: the database (Data-NNNN) and TDB2's lock file only
        try (var entries = Files.list(db)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().allMatch(n -> n.matches("Data-\\d+") || n.equals("tdb.lock")), "left in the folder: " + names);
        }
    }

    /** Whether TDB2 finds a database in the folder (a Data-NNNN folder) rather than making a new one. */
    private static boolean holdsDatabase(Path db) throws java.io.IOException {
        if (!Files.isDirectory(db)) {
            return false;
        }
        try (var entries = Files.list(db)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        }
    }

    /**
     * Runs diplograph with these arguments in a child JVM, under the debugger, and kills it (SIGKILL) while it is stopped
     * in its {@code call}th call of {@link #CREATE_NODE}.
     */
    private void killAtCall(int call, String... args) throws Exception {
        ListeningConnector listening = Bootstrap.virtualMachineManager().listeningConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketListen")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = listening.defaultArguments();
        arguments.get("localAddress").setValue("127.0.0.1");
        arguments.get("port").setValue("0");
        arguments.get("timeout").setValue("120000");
        String address = listening.startListening(arguments);
        VirtualMachine vm;
        ChildProcess child;
        try {
            child = ChildProcess.diplograph(dir, List.of(), List.of("-agentlib:jdwp=transport=dt_socket,server=n,suspend=y,address=" + address), args);
            vm = listening.accept(arguments);
        } finally {
            listening.stopListening(arguments);
        }
        try (child) {
            ClassPrepareRequest prepared = vm.eventRequestManager().createClassPrepareRequest();
            prepared.addClassFilter(NODE_MANAGER);
            prepared.enable();
            vm.resume();
            int calls = 0;
            while (true) {
                EventSet events = vm.eventQueue().remove(300_000);
                if (events == null) {
                    throw new AssertionError("the child never called " + CREATE_NODE + " " + call + " times in 5 minutes: "
                            + String.join("\n", child.seen()));
                }
                for (Event e : events) {
                    if (e instanceof ClassPrepareEvent p) {
                        ReferenceType type = p.referenceType();
                        List<Method> methods = type.methodsByName(CREATE_NODE);
                        assertEquals(1, methods.size(), "TDB2 changed: no single " + NODE_MANAGER + "." + CREATE_NODE);
                        BreakpointRequest stop = vm.eventRequestManager().createBreakpointRequest(methods.get(0).location());
                        stop.setSuspendPolicy(EventRequest.SUSPEND_ALL);
                        stop.enable();
                    } else if (e instanceof BreakpointEvent && ++calls == call) {
                        child.process().destroyForcibly();
                        assertTrue(child.process().waitFor(30, TimeUnit.SECONDS), "the child outlived its kill");
                        return;
                    } else if (e instanceof VMDeathEvent || e instanceof VMDisconnectEvent) {
                        throw new AssertionError("the child ended after " + calls + " calls of " + CREATE_NODE + ", before the "
                                + call + "th: " + String.join("\n", child.seen()));
                    }
                }
                events.resume();
            }
        } finally {
            try {
                vm.dispose();
            } catch (VMDisconnectedException e) {
                // killed
            }
        }
    }

    /** The named graphs of the database, opened with TDB2 alone; the database is let go afterwards. */
    private static Set<String> graphsIn(Path db) {
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        try {
            return Txn.calculateRead(ds, () -> {
                Set<String> names = new HashSet<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
                long articles = ds.asDatasetGraph().stream(null, null,
                        NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        NodeFactory.createURI("https://w3id.org/diplograph/ontology#Article")).count();
                assertEquals(names.size(), articles, "graphs " + names);
                return names;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }
}
