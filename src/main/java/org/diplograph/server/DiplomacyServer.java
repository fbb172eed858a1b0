package org.diplograph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.main.runner.FusekiArgs;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The diplograph Fuseki server: the dataset {@value #DATASET} from {@code fuseki-config.ttl}, the Fuseki web
 * UI at the root, on localhost unless told otherwise.
 *
 * <pre>
 * FusekiServer server = DiplomacyServer.create().database(Path.of("data/tdb2")).port(3030).build();
 * server.start();
 * </pre>
 *
 * Design decision: the UI module of Jena 6.2 ({@code FMod_UI}) serves its pages only where a server-control
 * object exists, which Jena's admin module would create along with every management operation. {@link UiManagement}
 * creates that object and mounts only the read-only part the UI needs; Fuseki's run area goes to a temporary
 * folder deleted when the server stops, so nothing lands in the user's working directory.
 */
public final class DiplomacyServer {
    public static final String DATASET = "/diplomacy";
    /** The configuration file, looked for in the working directory, else taken from the jar. */
    public static final String CONFIG_FILE = "fuseki-config.ttl";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private DiplomacyServer() {
    }

    public static Builder create() {
        return new Builder();
    }

    /** The settings of a server; {@link #build()} checks them and builds it (not started). */
    public static final class Builder {
        private Path config;
        private Path database;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Path passwordFile;
        private String ownerSecret;
        private Duration queryTimeout;
        private java.util.function.UnaryOperator<ServerLimits> limits = l -> l;

        private Builder() {
        }

        /** Changes the configuration's (or the default) limits on concurrent queries. */
        public Builder limits(java.util.function.UnaryOperator<ServerLimits> change) {
            this.limits = change;
            return this;
        }

        /** The longest a query may run before it is stopped with an error, replacing the configuration's arq:queryTimeout. */
        public Builder queryTimeout(Duration d) {
            this.queryTimeout = d;
            return this;
        }

        /** The Fuseki configuration; default {@value #CONFIG_FILE} in the working directory, else the jar's. */
        public Builder config(Path file) {
            this.config = file;
            return this;
        }

        /** The TDB2 folder, replacing the configuration's {@code tdb2:location}. */
        public Builder database(Path folder) {
            this.database = folder;
            return this;
        }

        /** The HTTP port; 0 takes a free one. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** The address to listen on: 127.0.0.1 (default), localhost, 0.0.0.0 for every interface, or one address. */
        public Builder host(String h) {
            this.host = h;
            return this;
        }

        /** A Jetty password file ({@code user: password} lines); its users may write. Without one, nobody can. */
        public Builder passwordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        /**
         * Lets the user {@value org.diplograph.store.LiveServer#OWNER} write with this password, from this machine only
         * (other addresses get 403 for that user): the secret {@code serve} leaves in the database folder for the
         * commands of whoever started it.
         */
        public Builder ownerSecret(String secret) {
            this.ownerSecret = secret;
            return this;
        }

        public FusekiServer build() {
            Model configuration = configuration(config, database);
            if (queryTimeout != null) {
                setQueryTimeout(configuration, queryTimeout);
            }
            Path runArea = createRunArea();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(runArea), "delete-fuseki-run-area"));
            FusekiModules modules = FusekiModules.create(new UiManagement(runArea), new FMod_UI());
            FusekiServer.Builder b = FusekiServer.create();
            FusekiArgs.applyArgs(b, modules, "--empty", "--no-cors");
            b.parseConfig(configuration)
                    .port(port)
                    .loopback(false);
            if (passwordFile != null && !Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("Cannot read the password file '" + passwordFile
                        + "': give a readable file of 'user: password' lines");
            }
            if (ownerSecret != null) {
                b.passwordFile(ownerPasswords(runArea, passwordFile, ownerSecret).toString());
                b.addFilter(DATASET + "/*", new OwnerFromLoopback(org.diplograph.store.LiveServer.OWNER));
            } else if (passwordFile != null) {
                b.passwordFile(passwordFile.toString());
            }
            b.addFilter(DATASET + "/*", new SameSiteWrites());
            ServerLimits serverLimits = limits.apply(ServerLimits.from(configuration));
            QueryScheduler scheduler = new QueryScheduler(serverLimits);
            b.addFilter(DATASET + "/*", new QueryGate(scheduler));
            // a thread for every admitted and queued query: the gate, not Jetty's pool, decides who waits
            b.numServerThreads(8, serverLimits.threads());
            FusekiServer server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host.equals("0.0.0.0") ? null : host);
                    sc.setAcceptQueueSize(serverLimits.acceptQueue());
                }
            }
            takeTurns(server, scheduler);
            stopPasswordWatcherWith(server.getJettyServer());
            return server;
        }
    }

    /**
     * Gives the served TDB2 dataset the executor that makes long queries take turns; other datasets keep theirs.
     * The factory sits in the dataset's own context, so queries of other datasets in this JVM are not touched.
     */
    private static void takeTurns(FusekiServer server, QueryScheduler scheduler) {
        DataAccessPoint point = server.getDataAccessPointRegistry().get(DATASET);
        if (point == null) {
            return;
        }
        Context context = point.getDataService().getDataset().getContext();
        if (context != null && QC.getFactory(context) == OpExecutorTDB2.OpExecFactoryTDB) {
            QC.setFactory(context, new TurnTakingExecutor.Factory(scheduler));
        }
    }

    /**
     * Fuseki starts the password file's user store (and with it a watcher that re-reads the file every few seconds,
     * so that edited passwords apply without a restart) before handing it to Jetty, which therefore never stops it:
     * without this, the watcher outlives its server and, once the file is gone, logs a stack trace every scan. The
     * watcher's own thread pool is not stopped by Jetty's Scanner either, so it is stopped here too.
     */
    private static void stopPasswordWatcherWith(Server jetty) {
        jetty.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                for (PropertyUserStore users : jetty.getContainedBeans(PropertyUserStore.class)) {
                    Collection<Scheduler> watcherThreads = users.getContainedBeans(Scheduler.class);
                    LifeCycle.stop(users);
                    watcherThreads.forEach(t -> LifeCycle.stop(t));
                }
            }
        });
    }

    /**
     * The configuration model: the file (or the jar's copy), with every {@code tdb2:location} made absolute, and
     * replaced by {@code database} when given.
     */
    public static Model configuration(Path file, Path database) {
        Model m = ModelFactory.createDefaultModel();
        Path local = file != null ? file : Path.of(CONFIG_FILE);
        if (file != null || Files.isRegularFile(local)) {
            if (!Files.isRegularFile(local)) {
                throw new IllegalArgumentException("No such configuration file: '" + local + "'; give a Fuseki configuration such as fuseki-config.ttl");
            }
            RDFParser.source(local).lang(Lang.TURTLE).parse(m);
        } else {
            try (InputStream in = DiplomacyServer.class.getClassLoader().getResourceAsStream(CONFIG_FILE)) {
                if (in == null) {
                    throw new IllegalStateException(CONFIG_FILE + " is missing from the jar; rebuild with mvn -B package");
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Property location = m.createProperty(TDB2, "location");
        List<Statement> locations = m.listStatements(null, location, (String) null).toList();
        for (Statement s : locations) {
            Resource dataset = s.getSubject();
            Path folder = database != null ? database : Path.of(s.getString());
            m.remove(s);
            m.add(dataset, location, folder.toAbsolutePath().normalize().toString());
        }
        AssemblerUtils.prepareForAssembler(m);
        return m;
    }

    /**
     * Sets every dataset's query time limit (ARQ's {@code arq:queryTimeout}, in milliseconds, for the whole query),
     * replacing what the configuration says.
     */
    static void setQueryTimeout(Model m, Duration timeout) {
        Property cxtName = m.createProperty(JA, "cxtName");
        Property cxtValue = m.createProperty(JA, "cxtValue");
        Property context = m.createProperty(JA, "context");
        String millis = String.valueOf(timeout.toMillis());
        List<Resource> settings = m.listSubjectsWithProperty(cxtName, "arq:queryTimeout").toList();
        for (Resource r : settings) {
            r.removeAll(cxtValue);
            r.addProperty(cxtValue, millis);
        }
        if (settings.isEmpty()) {
            Property location = m.createProperty(TDB2, "location");
            for (Resource dataset : m.listSubjectsWithProperty(location).toList()) {
                dataset.addProperty(context, m.createResource().addProperty(cxtName, "arq:queryTimeout").addProperty(cxtValue, millis));
            }
        }
    }

    /** The TDB2 folder the configuration points at (after {@link #configuration}), or null if none. */
    public static Path databaseOf(Model configuration) {
        Property location = configuration.createProperty(TDB2, "location");
        List<Statement> s = configuration.listStatements(null, location, (String) null).toList();
        return s.isEmpty() ? null : Path.of(s.get(0).getString());
    }

    /**
     * A password file in the run area (mode 0600): the user's lines, if any, and the owner's. Jetty re-reads the file
     * it is given when it changes, so edits of the user's file after the start apply only after a restart here.
     */
    private static Path ownerPasswords(Path runArea, Path userFile, String secret) {
        try {
            Path file = runArea.resolve("passwords");
            try {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            StringBuilder lines = new StringBuilder();
            if (userFile != null) {
                for (String line : Files.readAllLines(userFile)) {
                    if (!line.strip().startsWith(org.diplograph.store.LiveServer.OWNER + ":")) {
                        lines.append(line).append('\n');
                    }
                }
            }
            lines.append(org.diplograph.store.LiveServer.OWNER).append(": ").append(secret).append('\n');
            Files.writeString(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the server's password file in " + runArea + ": " + e.getMessage(), e);
        }
    }

    private static Path createRunArea() {
        try {
            return Files.createTempDirectory("diplograph-fuseki-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for Fuseki's run area: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder in the temporary directory is harmless
        }
    }
}
