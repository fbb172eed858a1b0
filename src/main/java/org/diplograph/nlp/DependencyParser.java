package org.diplograph.nlp;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.InflaterInputStream;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexicon;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
import org.tukaani.xz.XZInputStream;

/**
 * Parses a tokenized sentence into dependencies with NLP4J's English models (part of speech, dependencies), on
 * OpenNLP's tokens so that both layers share one token list. Thread-safe:
 * the models are read-only while decoding, and every call works on its own nodes.
 *
 * <pre>
 * DependencyParser parser = DependencyParser.fromClasspath();   // a few seconds: load once, share
 * Parse parse = parser.parse(sentence);
 * </pre>
 *
 * Design decision: NLP4J's name finder is not loaded yet. Without the 185 MB of word embeddings it was trained
 * with, it mislabels one name in twenty-five, and its gazetteers alone cost 4.6 s of CPU to load; nothing in
 * extraction reads entity tags yet ({@link Parse.Arc#entity()} is "O").
 *
 * <p>Loading is the cost of this parser (about 1 GB of heap, seconds of CPU), so nothing loads
 * it before a sentence needs it ({@link NlpModels#parser()} is lazy), and its resources are read in parallel from
 * the Deflate copies that the build makes of NLP4J's XZ files ({@link ParserModelRecoder}).
 */
public final class DependencyParser {
    /** Longer sentences (tables, lists run together) are not parsed: they hold no frame worth the time. */
    public static final int MAX_TOKENS = 120;

    /** The NLP4J resources read, with the lexicon field each is keyed by (null for models). */
    enum Resource {
        AMBIGUITY_CLASSES("lexica/en-ambiguity-classes-simplified-lowercase", Field.word_form_simplified_lowercase),
        WORD_CLUSTERS("lexica/en-brown-clusters-simplified-lowercase", Field.word_form_simplified_lowercase),
        PART_OF_SPEECH("models/en-pos", null),
        DEPENDENCIES("models/en-dep", null);

        private final String name;
        private final Field field;

        Resource(String name, Field field) {
            this.name = name;
            this.field = field;
        }

        /** Where the nlp4j-english jar has it. */
        String original() {
            return "edu/emory/mathcs/nlp/" + name + ".xz";
        }

        /** Where the build puts its Deflate copy. */
        String recoded() {
            return "nlp4j/" + name.substring(name.indexOf('/') + 1) + ".deflate";
        }
    }

    private final List<NLPComponent<NLPNode>> components;

    private DependencyParser(List<NLPComponent<NLPNode>> components) {
        this.components = List.copyOf(components);
    }

    /** Loads the models from the classpath, several at once. Fails with the name of a missing resource. */
    public static DependencyParser fromClasspath() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "load-parser-models");
            t.setDaemon(true);
            return t;
        });
        try {
            // the dependency model is the largest: start it first
            CompletableFuture<Object> dep = read(Resource.DEPENDENCIES, pool);
            CompletableFuture<Object> pos = read(Resource.PART_OF_SPEECH, pool);
            CompletableFuture<Object> ambiguity = read(Resource.AMBIGUITY_CLASSES, pool);
            CompletableFuture<Object> clusters = read(Resource.WORD_CLUSTERS, pool);

            GlobalLexica<NLPNode> lexica = new GlobalLexica<>(new ByteArrayInputStream(
                    "<configuration><lexica/></configuration>".getBytes(StandardCharsets.UTF_8)));
            lexica.setAmbiguityClasses(lexicon(ambiguity.join(), Resource.AMBIGUITY_CLASSES));
            lexica.setWordClusters(lexicon(clusters.join(), Resource.WORD_CLUSTERS));
            List<NLPComponent<NLPNode>> components = new ArrayList<>();
            components.add(lexica);
            components.add(component(pos.join()));
            // NLP4J's own pipeline order: lemmas after tags, dependencies last
            components.add(new MorphologicalAnalyzer<>(Language.ENGLISH));
            components.add(component(dep.join()));
            return new DependencyParser(components);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The parse of a sentence, or null when it is longer than {@link #MAX_TOKENS} tokens. */
    public Parse parse(Sentence sentence) {
        int n = sentence.size();
        if (n == 0 || n > MAX_TOKENS) {
            return null;
        }
        NLPNode[] nodes = new NLPNode[n + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < n; i++) {
            nodes[i + 1] = new NLPNode(i + 1, wordForm(sentence.token(i).text()));
        }
        for (NLPComponent<NLPNode> c : components) {
            c.process(nodes);
        }
        List<Parse.Arc> arcs = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            NLPNode node = nodes[i];
            NLPNode head = node.getDependencyHead();
            int h = head == null || head.getID() == 0 ? -1 : head.getID() - 1;
            String entity = node.getNamedEntityTag() == null ? "O" : node.getNamedEntityTag();
            arcs.add(new Parse.Arc(h, node.getDependencyLabel() == null ? "dep" : node.getDependencyLabel(),
                    node.getPartOfSpeechTag(), entity));
        }
        return ParseRepairs.apply(new Parse(arcs));
    }

    /** The models were trained on straight quotes and dashes; news text has typographic ones. */
    private static String wordForm(String token) {
        return switch (token) {
            case "\u201c", "\u201d", "\u201e" -> "\"";
            case "\u2018", "\u2019" -> "'";
            case "\u2014", "\u2013" -> "--";
            default -> token.replace('\u2019', '\'');
        };
    }

    private static CompletableFuture<Object> read(Resource r, ExecutorService pool) {
        return CompletableFuture.supplyAsync(() -> {
            try (ObjectInputStream in = new ObjectInputStream(open(r))) {
                return in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("The parser resource '" + r.recoded() + "' could not be read: " + e.getMessage()
                        + "; rebuild with mvn -B package", e);
            }
        }, pool);
    }

    /** The build's Deflate copy, else (running from sources without the build step) NLP4J's XZ original. */
    private static InputStream open(Resource r) throws IOException {
        ClassLoader loader = DependencyParser.class.getClassLoader();
        InputStream recoded = loader.getResourceAsStream(r.recoded());
        if (recoded != null) {
            return new BufferedInputStream(new InflaterInputStream(recoded, new java.util.zip.Inflater(), 1 << 16), 1 << 16);
        }
        InputStream original = loader.getResourceAsStream(r.original());
        if (original == null) {
            throw new IOException("neither '" + r.recoded() + "' nor '" + r.original() + "' is on the classpath"
                    + " (the nlp4j-english dependency of pom.xml provides them)");
        }
        return new BufferedInputStream(new XZInputStream(new BufferedInputStream(original, 1 << 16)), 1 << 16);
    }

    @SuppressWarnings("unchecked")
    private static <T> GlobalLexicon<T> lexicon(Object value, Resource r) {
        return new GlobalLexicon<>((T) value, r.field, r.name);
    }

    @SuppressWarnings("unchecked")
    private static NLPComponent<NLPNode> component(Object value) {
        OnlineComponent<NLPNode, ?> c = (OnlineComponent<NLPNode, ?>) value;
        c.setFlag(NLPFlag.DECODE);
        FeatureIndex.install(c); // the same feature numbers, found with fewer memory accesses
        return c;
    }
}
