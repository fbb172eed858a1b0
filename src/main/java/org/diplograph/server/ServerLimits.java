package org.diplograph.server;

import java.time.Duration;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * How much query work the server takes on at once, and what it does with the rest. Read from the server resource
 * of {@code fuseki-config.ttl} ({@code dgs:} properties, namespace {@value #NS}); {@code serve} options override them.
 *
 * @param maxQueries     queries inside the engine at once (running, or waiting for their turn to run long)
 * @param maxQueued      requests waiting for one of those places; past that, 503 at once
 * @param queueTimeout   how long a request waits for a place before 503
 * @param longQueries    queries that may run past {@code longAfter} at the same time; the others wait for a turn
 *                       (default: one per processor), so that long queries cannot take all the processors
 * @param longAfter      the time after which a query counts as long
 * @param acceptQueue    connections the operating system holds for the server before it refuses them
 */
public record ServerLimits(int maxQueries, int maxQueued, Duration queueTimeout, int longQueries, Duration longAfter, int acceptQueue) {
    /** The namespace of diplograph's server settings in fuseki-config.ttl. */
    public static final String NS = "https://w3id.org/diplograph/server#";

    public static final ServerLimits DEFAULT = new ServerLimits(64, 256, Duration.ofSeconds(10),
            Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(1), 1024);

    public ServerLimits {
        if (maxQueries < 1 || maxQueued < 0 || longQueries < 1 || acceptQueue < 1 || queueTimeout.isNegative() || longAfter.isNegative()) {
            throw new IllegalArgumentException("Server limits must be positive: " + describe(maxQueries, maxQueued, longQueries, acceptQueue));
        }
    }

    /** The limits the configuration sets on its server resource, the defaults for the others. */
    public static ServerLimits from(Model config) {
        ServerLimits d = DEFAULT;
        Resource server = config.listSubjectsWithProperty(RDF.type, config.createResource("http://jena.apache.org/fuseki#Server"))
                .nextOptional().orElse(null);
        if (server == null) {
            return d;
        }
        return new ServerLimits(integer(server, "maxQueries", d.maxQueries()), integer(server, "maxQueued", d.maxQueued()),
                duration(server, "queueTimeout", d.queueTimeout()), integer(server, "longQueries", d.longQueries()),
                duration(server, "longQueryAfter", d.longAfter()), integer(server, "acceptQueue", d.acceptQueue()));
    }

    public ServerLimits with(Integer queries, Integer queued, Duration queueWait, Integer longOnes) {
        return new ServerLimits(queries != null ? queries : maxQueries, queued != null ? queued : maxQueued,
                queueWait != null ? queueWait : queueTimeout, longOnes != null ? longOnes : longQueries, longAfter, acceptQueue);
    }

    /** Server threads enough for every admitted and queued query, plus the UI and the acceptors. */
    public int threads() {
        return maxQueries + maxQueued + 32;
    }

    private static int integer(Resource server, String name, int otherwise) {
        Statement s = server.getProperty(server.getModel().createProperty(NS, name));
        if (s == null) {
            return otherwise;
        }
        RDFNode o = s.getObject();
        try {
            return o.isLiteral() ? Integer.parseInt(o.asLiteral().getLexicalForm().strip()) : fail(name, o);
        } catch (NumberFormatException e) {
            return fail(name, o);
        }
    }

    private static Duration duration(Resource server, String name, Duration otherwise) {
        Property p = server.getModel().createProperty(NS, name);
        Statement s = server.getProperty(p);
        if (s == null) {
            return otherwise;
        }
        String text = s.getObject().isLiteral() ? s.getObject().asLiteral().getLexicalForm().strip().toLowerCase(Locale.ROOT) : "";
        try {
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(text.endsWith("s") ? text.substring(0, text.length() - 1) : text) * 1000));
        } catch (NumberFormatException e) {
            fail(name, s.getObject());
            return otherwise;
        }
    }

    private static int fail(String name, RDFNode value) {
        throw new IllegalArgumentException("In the server settings of the Fuseki configuration, dgs:" + name + " is " + value
                + ": give a number (a duration as \"10s\" or \"500ms\")");
    }

    private static String describe(int queries, int queued, int longOnes, int accept) {
        return "maxQueries " + queries + ", maxQueued " + queued + ", longQueries " + longOnes + ", acceptQueue " + accept;
    }
}
