package org.diplograph.extract.confidence;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Extraction;
import org.diplograph.model.Modality;

/**
 * How likely an extracted event is to be one an annotator would code, from a maximum-entropy model trained on the
 * gold articles of {@code eval/} (see {@code diplograph train-confidence}); asserted events below the threshold are
 * dropped, the others carry their confidence (written as {@code dip:confidence}). Events told as expected,
 * hypothetical or negated are kept as they are: the model is trained on asserted events only.
 *
 * <pre>
 * EventConfidence confidence = EventConfidence.bundled();    // null when the jar has no trained model
 * Extraction kept = confidence.keep(extraction);
 * </pre>
 *
 * Thread-safe: the model is read-only once loaded.
 */
public final class EventConfidence {
    /** Where the bundled model and its settings live on the classpath. */
    public static final String MODEL = "org/diplograph/extract/confidence/event-confidence.bin";
    public static final String SETTINGS = "org/diplograph/extract/confidence/event-confidence.properties";
    /** The outcome the model is trained to predict for an event an annotator coded. */
    public static final String CODED = "coded";

    private final MaxentModel model;
    private final double threshold;
    private final EventFeatures features = new EventFeatures();

    public EventConfidence(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** The model bundled in the jar, or null when there is none (then every event is kept). */
    public static EventConfidence bundled() {
        ClassLoader loader = EventConfidence.class.getClassLoader();
        try (InputStream bin = loader.getResourceAsStream(MODEL); InputStream props = loader.getResourceAsStream(SETTINGS)) {
            if (bin == null || props == null) {
                return null;
            }
            Properties settings = new Properties();
            settings.load(props);
            MaxentModel m = new GenericModelReader(new BinaryFileDataReader(
                    new DataInputStream(new BufferedInputStream(bin)))).getModel();
            return new EventConfidence(m, Double.parseDouble(settings.getProperty("threshold")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled event-confidence model " + MODEL
                    + ": the jar is damaged; rebuild it with mvn package", e);
        }
    }

    /** The probability that the event is one an annotator would code. */
    public double of(Extraction x, EventFrame ev) {
        double[] p = model.eval(features.of(x, ev).toArray(String[]::new));
        int coded = model.getIndex(CODED);
        return coded < 0 ? 1.0 : p[coded];
    }

    public double threshold() {
        return threshold;
    }

    /** The same model keeping every event: each asserted one still carries its confidence. */
    public EventConfidence keepingEvery() {
        return withThreshold(0.0);
    }

    /** The same model with another threshold. */
    public EventConfidence withThreshold(double newThreshold) {
        return new EventConfidence(model, newThreshold);
    }

    /** The extraction with each asserted event's confidence, and those below the threshold left out. */
    public Extraction keep(Extraction x) {
        List<EventFrame> kept = new java.util.ArrayList<>();
        for (EventFrame ev : x.events()) {
            if (ev.modality() != Modality.ASSERTED) {
                kept.add(ev);
                continue;
            }
            double p = of(x, ev);
            if (p >= threshold) {
                kept.add(ev.withConfidence(p));
            }
        }
        return new Extraction(x.article(), x.published(), x.text(), x.mentions(), kept);
    }
}
