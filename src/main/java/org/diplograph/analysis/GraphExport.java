package org.diplograph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.rdf.Dip;
import org.diplograph.store.StoreLocation;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.riot.system.jsonld.JenaToTitanium;

/**
 * Writes the store out for analysts: Turtle (the union of the article graphs, with the ontology's prefixes),
 * TriG and N-Quads (every article in its own graph), or JSON-LD (compacted with the context in
 * {@code ontology/context.jsonld}); the whole store or one graph.
 *
 * <pre>
 * long n = GraphExport.write(where, conn, GraphExport.Syntax.trig, null, System.out);
 * </pre>
 *
 * Design decision: Turtle, TriG and N-Quads stream: statements go from the store's indexes (or, for a remote
 * store, from a streamed SELECT) straight to Jena's streaming writers, so memory stays flat however big the
 * store is. JSON-LD can't stream in Jena (compaction needs a whole graph), so it is written one article graph
 * at a time inside one JSON-LD document: memory grows with the largest article, not with the store.
 */
public final class GraphExport {
    public enum Syntax {
        turtle(RDFFormat.TURTLE_BLOCKS, false),
        trig(RDFFormat.TRIG_BLOCKS, true),
        nquads(RDFFormat.NQUADS, true),
        jsonld(null, true);

        private final RDFFormat streaming;
        private final boolean quads;

        Syntax(RDFFormat streaming, boolean quads) {
            this.streaming = streaming;
            this.quads = quads;
        }

        /** True for the syntaxes that keep each article's graph. */
        public boolean quads() {
            return quads;
        }
    }

    /** The classpath resource of the JSON-LD context the ontology ships. */
    public static final String CONTEXT_RESOURCE = "ontology/context.jsonld";

    private GraphExport() {
    }

    /**
     * Writes the store, or only {@code graph} when it is not null, in the syntax; returns the number of triples
     * or quads written.
     */
    public static long write(StoreLocation where, RDFConnection conn, Syntax syntax, Node graph, OutputStream out) {
        if (syntax == Syntax.jsonld) {
            return writeJsonLd(where, conn, graph, out);
        }
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, syntax.streaming);
        long[] count = {0};
        writer.start();
        Dip.prefixes().getNsPrefixMap().forEach(writer::prefix);
        Consumer<Quad> sink = q -> {
            count[0]++;
            if (syntax.quads) {
                writer.quad(q);
            } else {
                writer.triple(q.asTriple());
            }
        };
        if (where.isRemote()) {
            remoteStatements(conn, syntax.quads, graph, sink);
        } else {
            DatasetGraph dsg = where.openDataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> localStatements(dsg, syntax.quads, graph, sink));
        }
        writer.finish();
        return count[0];
    }

    private static void localStatements(DatasetGraph dsg, boolean quads, Node graph, Consumer<Quad> sink) {
        Iterator<Quad> it;
        if (graph != null) {
            it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        } else if (quads) {
            it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        } else {
            if (!unionFromSpogIndex(dsg, sink)) {
                Iterator<Triple> triples = dsg.getUnionGraph().find();
                triples.forEachRemaining(t -> sink.accept(Quad.create(Quad.defaultGraphIRI, t)));
            }
            return;
        }
        it.forEachRemaining(sink);
    }

    /**
     * The union of the named graphs, each statement once, read from TDB2's SPOG quad index, where the copies
     * of a statement made in several graphs lie next to each other: dropping adjacent repeats is enough, so
     * memory stays flat. (Jena's union graph view drops repeats with a hash set, whose size grows with the
     * store: a million statements needed more than 128 MB.) Returns false when the store is not TDB2 or has
     * no SPOG index; the caller then uses the union graph view.
     */
    private static boolean unionFromSpogIndex(DatasetGraph dsg, Consumer<Quad> sink) {
        if (!TDBInternal.isTDB2(dsg)) {
            return false;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        TupleIndex spog = null;
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            if (index.getName().equalsIgnoreCase("SPOG")) {
                spog = index;
            }
        }
        if (spog == null) {
            return false;
        }
        NodeTable nodes = quads.getNodeTable();
        NodeId lastS = null;
        NodeId lastP = null;
        NodeId lastO = null;
        Node subject = null;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();   // in G, S, P, O order, whatever the index
            NodeId s = t.get(1);
            NodeId p = t.get(2);
            NodeId o = t.get(3);
            if (s.equals(lastS) && p.equals(lastP) && o.equals(lastO)) {
                continue;
            }
            if (!s.equals(lastS)) {
                subject = nodes.getNodeForNodeId(s);
            }
            lastS = s;
            lastP = p;
            lastO = o;
            sink.accept(Quad.create(Quad.defaultGraphIRI, subject, nodes.getNodeForNodeId(p), nodes.getNodeForNodeId(o)));
        }
        return true;
    }

    private static void remoteStatements(RDFConnection conn, boolean quads, Node graph, Consumer<Quad> sink) {
        ParameterizedSparqlString pss;
        if (graph != null) {
            pss = new ParameterizedSparqlString("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
            pss.setParam("g", graph);
        } else if (quads) {
            pss = new ParameterizedSparqlString("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
        } else {
            // the served dataset's default graph is the union of the article graphs
            pss = new ParameterizedSparqlString("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
        }
        Query q = pss.asQuery();
        Txn.executeRead(conn, () -> {
            try (QueryExecution qe = conn.query(q)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Node g = graph != null ? graph : s.contains("g") ? s.get("g").asNode() : Quad.defaultGraphIRI;
                    sink.accept(Quad.create(g, s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode()));
                }
            }
        });
    }

    /** The JSON-LD context: the ontology's {@code context.jsonld} when packed in the jar, else the prefixes. */
    public static JsonValue context() {
        try (InputStream in = GraphExport.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in != null) {
                JsonObject doc = Json.createReader(in).readObject();
                return doc.containsKey("@context") ? doc.get("@context") : doc;
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CONTEXT_RESOURCE + " from the classpath: " + e.getMessage(), e);
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        Map<String, String> prefixes = Dip.prefixes().getNsPrefixMap();
        prefixes.forEach(b::add);
        return b.build();
    }

    private static long writeJsonLd(StoreLocation where, RDFConnection conn, Node graph, OutputStream out) {
        JsonValue context = context();
        JsonDocument contextDoc = JsonDocument.of(Json.createObjectBuilder().add("@context", context).build());
        long[] count = {0};
        try (JsonGenerator gen = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(org.apache.commons.io.output.CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8)) {
            gen.writeStartObject();
            gen.write("@context", context);
            gen.writeStartArray("@graph");
            Consumer<Map.Entry<Node, Graph>> writeGraph = e -> {
                count[0] += e.getValue().size();
                gen.write(namedGraphObject(e.getKey(), e.getValue(), contextDoc));
            };
            if (where.isRemote()) {
                remoteGraphs(conn, graph, writeGraph);
            } else {
                DatasetGraph dsg = where.openDataset().asDatasetGraph();
                Txn.executeRead(dsg, () -> {
                    Iterator<Node> names = graph != null ? java.util.List.of(graph).iterator() : dsg.listGraphNodes();
                    names.forEachRemaining(g -> {
                        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                        dsg.getGraph(g).find().forEachRemaining(copy::add);
                        if (!copy.isEmpty()) {
                            writeGraph.accept(Map.entry(g, copy));
                        }
                    });
                });
            }
            gen.writeEnd();
            gen.writeEnd();
        }
        return count[0];
    }

    private static void remoteGraphs(RDFConnection conn, Node graph, Consumer<Map.Entry<Node, Graph>> writeGraph) {
        java.util.List<Node> names = new java.util.ArrayList<>();
        if (graph != null) {
            names.add(graph);
        } else {
            Txn.executeRead(conn, () -> conn.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
                    s -> names.add(s.get("g").asNode())));
        }
        for (Node g : names) {
            Graph fetched = conn.fetch(g.getURI()).getGraph();
            if (!fetched.isEmpty()) {
                writeGraph.accept(Map.entry(g, fetched));
            }
        }
    }

    /** One article graph as a JSON-LD named graph object, {@code {"@id": g, "@graph": [...]}}, compacted. */
    private static JsonObject namedGraphObject(Node name, Graph graph, JsonDocument contextDoc) {
        try {
            DatasetGraph one = DatasetGraphFactory.wrap(graph);
            JsonArray expanded = JenaToTitanium.convert(one, new JsonLdOptions());
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), contextDoc).get();
            JsonValue nodes;
            if (compacted.containsKey("@graph")) {
                nodes = compacted.get("@graph");
            } else {
                JsonObjectBuilder single = Json.createObjectBuilder(compacted);
                single.remove("@context");
                nodes = Json.createArrayBuilder().add(single).build();
            }
            return Json.createObjectBuilder().add("@id", name.getURI()).add("@graph", nodes).build();
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot write the graph " + name + " as JSON-LD: " + e.getMessage(), e);
        }
    }
}
