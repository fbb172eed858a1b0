package org.diplograph.extract.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the knowledge files are read from: the bundled copies in the jar ({@code knowledge/} on the classpath),
 * each of which a folder given with {@code --knowledge DIR} may replace by a file of the same name. A domain expert
 * copies one file out, edits it and points the tool at the folder; the files not copied stay the bundled ones.
 *
 * <pre>
 * Knowledge k = Knowledge.load(KnowledgeFiles.overriddenBy(Path.of("my-knowledge")));
 * </pre>
 */
public final class KnowledgeFiles {
    private static final String BUNDLED = "knowledge/";

    private final Path folder;

    private KnowledgeFiles(Path folder) {
        this.folder = folder;
    }

    /** The files in the jar. */
    public static KnowledgeFiles bundled() {
        return new KnowledgeFiles(null);
    }

    /** The files of {@code folder} where it has one of the name, the bundled ones for the rest. */
    public static KnowledgeFiles overriddenBy(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No knowledge folder '" + folder + "': give a folder that holds edited "
                    + "copies of knowledge files (triggers.tsv, countries.tsv, ...); files it lacks stay the bundled ones.");
        }
        return new KnowledgeFiles(folder);
    }

    /** The rows of the named file ({@code "triggers.tsv"}). */
    public List<Tsv.Row> rows(String name) {
        if (folder != null) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Tsv.read(file.toString(), Files.newInputStream(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read knowledge file " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return Tsv.read(BUNDLED + name);
    }

    /** The folder that overrides the bundled files, or null. */
    public Path folder() {
        return folder;
    }
}
