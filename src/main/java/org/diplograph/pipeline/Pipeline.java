package org.diplograph.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.SentenceFilter;
import org.diplograph.extract.confidence.EventConfidence;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.KnowledgeFiles;
import org.diplograph.model.Extraction;
import org.diplograph.nlp.NlpModels;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;

/**
 * From an article to its RDF: OpenNLP annotation, extraction of actors and events, the confidence model's judgement
 * of each asserted event (those unlikely to be coded left out), mapping to the ontology. Built
 * once per process (the models and the knowledge are loaded here and shared), then used by every command that reads
 * articles: {@code extract}, {@code ingest}, {@code eval} and the benchmarks.
 *
 * <pre>
 * Pipeline pipeline = Pipeline.bundled();
 * Extraction x = pipeline.extract(article);      // any thread
 * pipeline.write(x, sink, true);                  // triples, or quads in the article's named graph
 * </pre>
 *
 * Design decision: OpenNLP's taggers are not thread-safe, so each thread that calls {@link #extract} gets an
 * {@link Extractor} of its own, made on its first call; what they share (models, knowledge, the mapper) is
 * immutable, the confidence model included.
 */
public final class Pipeline {
    private final NlpModels models;
    private final Knowledge knowledge;
    private final RdfMapper mapper;
    private final ThreadLocal<Extractor> extractors;

    private final SentenceFilter filter;
    private final EventConfidence confidence;

    public Pipeline(NlpModels models, Knowledge knowledge) {
        this(models, knowledge, SentenceFilter.of(knowledge), EventConfidence.bundled());
    }

    private Pipeline(NlpModels models, Knowledge knowledge, SentenceFilter filter, EventConfidence confidence) {
        this.models = models;
        this.knowledge = knowledge;
        this.filter = filter;
        this.confidence = confidence;
        this.mapper = new RdfMapper(knowledge);
        this.extractors = ThreadLocal.withInitial(() -> new Extractor(models, knowledge, filter));
    }

    /**
     * The same pipeline annotating every sentence: without the cheap first pass ({@link SentenceFilter}) that leaves
     * out the sentences that cannot hold an event. Same events, slower; for measuring the filter.
     */
    public Pipeline withoutSentenceFilter() {
        return new Pipeline(models, knowledge, null, confidence);
    }

    /**
     * The same pipeline keeping every event the rules find, however unlikely the confidence model judges it (each
     * asserted event still carries its confidence): what the model is trained on ({@code train-confidence}).
     */
    public Pipeline withoutConfidence() {
        return confidence == null ? this : new Pipeline(models, knowledge, filter, confidence.keepingEvery());
    }

    /** Whether the cheap first pass leaves out the sentences that cannot hold an event (the default). */
    public boolean filtersSentences() {
        return filter != null;
    }

    /** The bundled models and knowledge. */
    public static Pipeline bundled() {
        return new Pipeline(NlpModels.fromClasspath(), Knowledge.fromClasspath());
    }

    /** The bundled models, and the knowledge files of {@code files} (a {@code --knowledge} folder over the bundled ones). */
    public static Pipeline with(KnowledgeFiles files) {
        return new Pipeline(NlpModels.fromClasspath(), Knowledge.load(files));
    }

    /** Reads one article into actors and events. Safe to call from several threads at once. */
    public Extraction extract(Article article) {
        Extraction x = extractors.get().extract(article);
        return confidence == null ? x : confidence.keep(x);
    }

    /** Writes an extraction as RDF: quads in the article's named graph, or plain triples. */
    public void write(Extraction extraction, StreamRDF sink, boolean quads) {
        mapper.write(extraction, sink, quads);
    }

    /** The IRI the event gets in {@link #write}. */
    public org.apache.jena.graph.Node eventNode(Extraction extraction, org.diplograph.model.EventFrame event) {
        return mapper.eventNode(extraction, event);
    }

    /** An extraction as a graph of its own (what one article's named graph will hold). */
    public Graph graph(Extraction extraction) {
        Graph graph = GraphFactory.createDefaultGraph();
        mapper.write(extraction, StreamRDFLib.graph(graph), false);
        return graph;
    }

    public NlpModels models() {
        return models;
    }

    public Knowledge knowledge() {
        return knowledge;
    }
}
