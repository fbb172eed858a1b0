package org.diplograph.cli;

import java.nio.file.Path;

import org.diplograph.extract.knowledge.KnowledgeFiles;
import org.diplograph.pipeline.Pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --knowledge DIR}: edited knowledge files that replace the bundled ones, for every command that reads articles. */
final class KnowledgeOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A folder of edited knowledge files (triggers.tsv, countries.tsv, persons.tsv, ...) that "
                    + "replace the bundled files of the same name; the others stay as bundled. Copy a file out with "
                    + "'unzip -p lib/diplograph.jar knowledge/triggers.tsv' or from src/main/resources/knowledge/, "
                    + "edit it, and point here: no rebuild. docs/knowledge.md describes the files.")
    Path folder;

    @Option(names = "--annotate-all", negatable = false,
            description = "Tag every sentence. By default a cheap first pass over the raw text leaves untagged the sentences "
                    + "that cannot hold an event (no trigger word form and no actor name, or before the article's first actor "
                    + "name), and whole articles with neither: most of a general news feed. The events found are the same "
                    + "(eval eval/dev gives the same figures either way); this is for measuring the difference.")
    boolean annotateAll;

    @Option(names = "--every-event", negatable = false,
            description = "Keep every event the rules find. By default an asserted event that the bundled confidence "
                    + "model (trained on the gold articles of eval/, see train-confidence) judges unlikely to be one an "
                    + "annotator would code is left out; the events kept carry their dip:confidence. For reading with "
                    + "more recall and less precision.")
    boolean everyEvent;

    /** The pipeline with the bundled models and this knowledge; a bad folder or file is a usage error. */
    Pipeline pipeline() {
        try {
            Pipeline p = folder == null ? Pipeline.bundled() : Pipeline.with(KnowledgeFiles.overriddenBy(folder));
            p = annotateAll ? p.withoutSentenceFilter() : p;
            return everyEvent ? p.withoutConfidence() : p;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
