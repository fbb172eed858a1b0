package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Articles into a store, one named graph each, through an {@link RDFConnection}: into the embedded TDB2
 * database, or into a remote Fuseki dataset with the Graph Store Protocol.
 *
 * <pre>
 * try (ArticleStore store = ArticleStore.open(StoreLocation.database(Path.of("data/tdb2")), StoreSettings.DEFAULT)) {
 *     store.replace(RdfMapper.articleIri(article), graph);
 * }
 * </pre>
 *
 * Design decision: a replace is one Graph Store PUT, which the local connection runs as one TDB2 write
 * transaction and Fuseki as one request. An article's graph is therefore either wholly there or not at all,
 * even when the process is killed, and re-ingesting an article leaves the store as it was.
 * <p>
 * Each commit forces TDB2's journal and indexes to disk (tens of milliseconds on an ordinary disk), so a local
 * store can also take several articles in one transaction ({@link #replaceAll}): each article's graph is
 * still replaced whole, and a kill loses the uncommitted articles, never part of one. A remote store cannot:
 * there each graph is its own request, on an HTTP client with connect and read timeouts.
 * <p>
 * TDB2 never writes over a committed block, so many small transactions leave a database many times the size of
 * its data: {@link #tidy()} compacts it whenever it has grown by {@link StoreSettings#compactAfterGrowth()} bytes,
 * so that a long ingest needs at most about twice its data plus that growth on disk, and {@link #compact()} does
 * it on demand. Failures are {@link StoreException}s that say why, and whether the next article could fare better.
 */
public final class ArticleStore implements ArticleSink, AutoCloseable {
    /** How often, at most, the database's size is measured between commits. */
    private static final long MEASURE_EVERY_NANOS = 1_000_000_000L;

    private final StoreLocation location;
    private final StoreSettings settings;
    private final RDFConnection connection;
    private final Dataset dataset;
    private final TimedHttpClient http;
    private long sizeAfterCompaction;
    private long freeAfterCompaction;
    private long lastMeasured;

    private ArticleStore(StoreLocation location, StoreSettings settings) {
        this.location = location;
        this.settings = settings;
        if (location.isRemote()) {
            this.http = new TimedHttpClient(settings.connectTimeout(), settings.readTimeout());
            this.dataset = null;
            this.connection = location.connectForWriting(http);
        } else {
            this.http = null;
            this.dataset = location.openDataset();
            this.connection = RDFConnection.connect(dataset);
            this.sizeAfterCompaction = diskUse(location.database());
            this.freeAfterCompaction = freeSpace(location.database());
        }
    }

    public static ArticleStore open(StoreLocation location) {
        return open(location, StoreSettings.DEFAULT);
    }

    public static ArticleStore open(StoreLocation location, StoreSettings settings) {
        return new ArticleStore(location, settings);
    }

    @Override
    public boolean replace(String graphIri, Graph graph) {
        if (!location.isRemote()) {
            SequencedMap<String, Graph> one = new java.util.LinkedHashMap<>();
            one.put(graphIri, graph);
            return !replaceAll(one).isEmpty();
        }
        try {
            connection.put(graphIri, ModelFactory.createModelForGraph(graph));
        } catch (RuntimeException e) {
            throw StoreFailures.remote(e, location.endpoint(), location.writeUrl(), settings);
        }
        // the Graph Store Protocol answers 201 Created for a new graph, 200 or 204 for a replaced one
        return http.lastStatus() == 200 || http.lastStatus() == 204;
    }

    /**
     * Locally, one write transaction for all the graphs (the puts inside join it); remotely, one PUT per graph, or with
     * {@link StoreSettings#batchUpdates()} one SPARQL update request that drops and inserts them all (one transaction on
     * the server).
     */
    @Override
    public Set<String> replaceAll(SequencedMap<String, Graph> graphs) {
        if (location.isRemote() && settings.batchUpdates() && graphs.size() > 1) {
            return replaceByUpdate(graphs);
        }
        if (location.isRemote()) {
            return ArticleSink.super.replaceAll(graphs);
        }
        try {
            return connection.calculateWrite(() -> {
                Set<String> replaced = new LinkedHashSet<>();
                graphs.forEach((name, graph) -> {
                    if (dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(name))) {
                        replaced.add(name);
                    }
                    connection.put(name, ModelFactory.createModelForGraph(graph));
                });
                return replaced;
            });
        } catch (RuntimeException e) {
            throw StoreFailures.local(e, location.database());
        }
    }

    private Set<String> replaceByUpdate(SequencedMap<String, Graph> graphs) {
        try {
            Set<String> there = existing(graphs.keySet());
            UpdateRequest request = new UpdateRequest();
            graphs.forEach((name, graph) -> {
                Node g = NodeFactory.createURI(name);
                request.add(new UpdateDrop(g, true));
                QuadDataAcc quads = new QuadDataAcc();
                graph.find().forEachRemaining(t -> quads.addQuad(Quad.create(g, t)));
                request.add(new UpdateDataInsert(quads));
            });
            connection.update(request);
            return there;
        } catch (RuntimeException e) {
            throw StoreFailures.remote(e, location.endpoint(), location.updateUrl(), settings);
        }
    }

    /** Which of these graphs the store holds. */
    private Set<String> existing(Collection<String> names) {
        StringBuilder q = new StringBuilder("SELECT ?g { VALUES ?g {");
        for (String name : names) {
            q.append(" <").append(NodeFactory.createURI(name).getURI()).append('>');
        }
        q.append(" } FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }");
        Set<String> there = new LinkedHashSet<>();
        connection.querySelect(q.toString(), row -> there.add(row.getResource("g").getURI()));
        return there;
    }

    /**
     * Removes these articles' graphs, locally in one transaction, remotely in one SPARQL update request; returns the
     * names of those that were there (the others are left as they are: nothing to remove).
     */
    public Set<String> forget(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        if (location.isRemote()) {
            try {
                Set<String> there = existing(names);
                UpdateRequest request = new UpdateRequest();
                there.forEach(name -> request.add(new UpdateDrop(NodeFactory.createURI(name), true)));
                if (!there.isEmpty()) {
                    connection.update(request);
                }
                return there;
            } catch (RuntimeException e) {
                throw StoreFailures.remote(e, location.endpoint(), location.updateUrl(), settings);
            }
        }
        try {
            return connection.calculateWrite(() -> {
                Set<String> there = new LinkedHashSet<>();
                for (String name : names) {
                    Node g = NodeFactory.createURI(name);
                    if (dataset.asDatasetGraph().containsGraph(g)) {
                        dataset.asDatasetGraph().removeGraph(g);
                        there.add(name);
                    }
                }
                return there;
            });
        } catch (RuntimeException e) {
            throw StoreFailures.local(e, location.database());
        }
    }

    /**
     * Compacts the local database when, since it was opened or last compacted, its files have grown by more than
     * the settings allow, or its disk has lost more than half the free space it had: the other half is room for the
     * compacted copy, so that a small disk is not filled before the compaction that would have saved it.
     * <p>
     * Two measures, one for each rule: the length of the files (TDB2 lengthens them in 8 MB steps and leaves them
     * sparse, so on a nearly empty disk their length says little about the disk, but other programs cannot
     * inflate it), and the free space of the disk (what a full disk is about).
     */
    @Override
    public Optional<String> tidy() {
        if (location.isRemote() || settings.compactAfterGrowth() <= 0) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        if (now - lastMeasured < MEASURE_EVERY_NANOS) {
            return Optional.empty();
        }
        lastMeasured = now;
        long free = freeSpace(location.database());
        // the files a compaction deleted may give their space back a little later (when their memory maps are
        // collected): measure from the most free space seen since
        freeAfterCompaction = Math.max(freeAfterCompaction, free);
        long longer = diskUse(location.database()) - sizeAfterCompaction;
        long lost = free > 0 ? freeAfterCompaction - free : 0;
        String why;
        if (longer > settings.compactAfterGrowth()) {
            why = "its files had grown by " + bytes(longer) + ", over --compact-every " + bytes(settings.compactAfterGrowth());
        } else if (free > 0 && lost > freeAfterCompaction / 2) {
            why = "its disk had lost " + bytes(lost) + " of the " + bytes(freeAfterCompaction) + " it had free, over half";
        } else {
            return Optional.empty();
        }
        return Optional.of(compact() + "; " + why);
    }

    /**
     * What a compaction did.
     *
     * @param before the length of the database's files before (TDB2's files are sparse: the disk may hold less)
     * @param after  their length after
     */
    public record Compaction(Path database, long before, long after, Duration took) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Compacted %s in %.1f s: its files went from %s to %s", database, took.toNanos() / 1e9,
                    bytes(before), bytes(after));
        }
    }

    /**
     * Rewrites the embedded TDB2 database without the space its past transactions left behind, and deletes the
     * old copy. Readers in this process carry on during it; other processes cannot have the database open. It
     * needs room on disk for a second copy of the live data.
     */
    public Compaction compact() {
        if (location.isRemote()) {
            throw new IllegalStateException("The store at " + location + " is remote: compact it on its server");
        }
        long before = diskUse(location.database());
        long start = System.nanoTime();
        try {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException | InternalError e) {
            // TDB2 deletes its half-written copy and keeps the database as it was
            throw new StoreException(StoreException.Scope.STORE, "compacting " + location.database() + " failed (" + e
                    + "); it needs free disk space for a second copy of the data", e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // the old files' memory maps went with TDB2's own full collections (it runs two in a compaction, each a second or
        // more beside the models' heap): no third one here. Should their space come back later, tidy() measures from the
        // most free space it has seen since.
        sizeAfterCompaction = diskUse(location.database());
        freeAfterCompaction = freeSpace(location.database());
        return new Compaction(location.database(), before, sizeAfterCompaction, took);
    }

    /** Bytes the files of a database folder take (their lengths; TDB2 grows its files in 8 MB steps). */
    public static long diskUse(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // deleted during the walk by a compaction
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long freeSpace(Path folder) {
        try {
            Path existing = Files.exists(folder) ? folder : folder.toAbsolutePath().getParent();
            return existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    static String bytes(long n) {
        if (n < 10L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
        }
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", n / (double) (1L << 20));
    }

    public StoreLocation location() {
        return location;
    }

    @Override
    public void close() {
        connection.close();
    }
}
