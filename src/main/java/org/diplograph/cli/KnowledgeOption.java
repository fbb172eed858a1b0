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

    /** The pipeline with the bundled models and this knowledge; a bad folder or file is a usage error. */
    Pipeline pipeline() {
        try {
            return folder == null ? Pipeline.bundled() : Pipeline.with(KnowledgeFiles.overriddenBy(folder));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
