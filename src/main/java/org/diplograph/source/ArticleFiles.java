package org.diplograph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Articles from the paths of a command line: files, folders (walked recursively, in name order, taking the
 * {@code .txt}, {@code .json}, {@code .jsonl} and {@code .ndjson} files, gzipped or not) and {@code -} for
 * standard input.
 *
 * Design decision: symbolic links are followed, but every folder and file is read once, by its identity on disk
 * (device and inode), however many links lead to it: a link back to a folder being walked is a loop, reported and
 * not followed (two loops used to make the walk exponential). A folder that cannot be listed is reported and
 * skipped; the rest of the walk goes on. Folders are walked twice, once to count their files for the progress bar
 * and once to read them, so no list of every path is held; what is held is the identity of each folder and file
 * read (about a hundred bytes each).
 */
public final class ArticleFiles implements ArticleSource {
    private final List<String> paths;
    private final InputStream stdin;
    private final ArticleReader reader;

    private ArticleFiles(List<String> paths, InputStream stdin, ReadLimits limits) {
        this.paths = List.copyOf(paths);
        this.stdin = stdin;
        this.reader = new ArticleReader(limits);
    }

    /** The given paths; {@code -} reads {@code stdin}. */
    public static ArticleFiles of(List<String> paths, InputStream stdin) {
        return of(paths, stdin, ReadLimits.DEFAULT);
    }

    /** The given paths, each record read within {@code limits}. */
    public static ArticleFiles of(List<String> paths, InputStream stdin, ReadLimits limits) {
        return new ArticleFiles(paths, stdin, limits);
    }

    @Override
    public long inputs() {
        Walk count = new Walk(problem -> { });
        long[] n = {0};
        for (String p : paths) {
            if (p.equals("-")) {
                n[0]++;
            } else {
                count.visit(Path.of(p), true, file -> n[0]++);
            }
        }
        return n[0];
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadProblem> problems, Consumer<String> inputRead) {
        Walk walk = new Walk(problems);
        for (String p : paths) {
            if (p.equals("-")) {
                reader.read("-", stdin, articles, problems);
                inputRead.accept("-");
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
                problems.accept(new ReadProblem(p, 0, "no such file or folder; give article files (.txt, .json, .jsonl, "
                        + "gzipped or not), folders of them, or - for standard input"));
                inputRead.accept(p);
                continue;
            }
            Path base = namingBase(path);
            walk.visit(path, true, file -> {
                String name = pathName(base, file);
                reader.read(file, a -> articles.accept(a.withPath(name + a.origin().substring(Math.min(a.origin().length(),
                        file.toString().length())))), problems);
                inputRead.accept(file.toString());
            });
        }
    }

    /**
     * The folder that names the files found under a path given on the command line: its parent, so that the folder's
     * own name comes first ({@code ingest news/} names {@code news/a.txt}); for a file given by name, its folder's
     * parent, so that {@code ingest news/a.txt} names it {@code news/a.txt} too.
     */
    static Path namingBase(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        Path top = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return top == null || top.getParent() == null ? top : top.getParent();
    }

    /**
     * The stable name of a file read under {@code base} (see {@link #namingBase}): its path from there, with "/"
     * between names on every system.
     */
    public static String pathName(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = base == null || !absolute.startsWith(base) ? absolute : base.relativize(absolute);
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (!name.isEmpty()) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }

    /** The stable name a file given by name (not found in a folder) gets: its folder's name and its own. */
    public static String pathName(Path file) {
        return pathName(namingBase(file), file);
    }

    /** One walk over the paths: what it has read, and the folders it is inside. */
    private static final class Walk {
        private final Consumer<ReadProblem> problems;
        private final Set<Object> read = new HashSet<>();
        private final Deque<Object> inside = new ArrayDeque<>();
        private final Deque<Path> insidePaths = new ArrayDeque<>();

        Walk(Consumer<ReadProblem> problems) {
            this.problems = problems;
        }

        /** Visits a path: a file given by name is read whatever its extension, one found in a folder only if it is an article file. */
        void visit(Path path, boolean named, Consumer<Path> files) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                if (Files.isSymbolicLink(path) && (named || ArticleReader.isArticleFile(path))) {
                    problems.accept(new ReadProblem(path.toString(), 0, "a broken symbolic link (to " + target(path) + "); skipped"));
                }
                return;
            } catch (IOException e) {
                problems.accept(new ReadProblem(path.toString(), 0, "cannot read: " + e.getMessage() + "; skipped"));
                return;
            }
            Object identity = identity(path, attributes);
            if (attributes.isDirectory()) {
                if (inside.contains(identity)) {
                    problems.accept(new ReadProblem(path.toString(), 0, "a symbolic link loop: it leads back to " + loopTarget(identity)
                            + ", which is being read; not followed"));
                    return;
                }
                if (read.add(identity)) {
                    walkFolder(path, identity, files);
                }
            } else if (attributes.isRegularFile() && (named || ArticleReader.isArticleFile(path)) && read.add(identity)) {
                files.accept(path);
            } else if (attributes.isOther() && named) {
                files.accept(path); // a named pipe, as in ingest <(zcat feed.jsonl.gz)
            }
        }

        private void walkFolder(Path folder, Object identity, Consumer<Path> files) {
            List<Path> entries;
            try (Stream<Path> s = Files.list(folder)) {
                entries = s.sorted().toList();
            } catch (AccessDeniedException e) {
                problems.accept(new ReadProblem(folder.toString(), 0, "cannot read the folder: permission denied; skipped, with "
                        + "everything in it (make it readable, e.g. chmod a+rx, to ingest it)"));
                return;
            } catch (IOException | UncheckedIOException | DirectoryIteratorException e) {
                problems.accept(new ReadProblem(folder.toString(), 0, "cannot read the folder: " + e.getMessage() + "; skipped"));
                return;
            }
            inside.push(identity);
            insidePaths.push(folder);
            try {
                for (Path entry : entries) {
                    visit(entry, false, files);
                }
            } finally {
                inside.pop();
                insidePaths.pop();
            }
        }

        /** The folder being read that has this identity, for the loop message. */
        private String loopTarget(Object identity) {
            var ids = inside.iterator();
            var folders = insidePaths.iterator();
            while (ids.hasNext()) {
                Path folder = folders.next();
                if (ids.next().equals(identity)) {
                    return folder.toString();
                }
            }
            return "a folder";
        }

        private static Object identity(Path path, BasicFileAttributes attributes) {
            Object key = attributes.fileKey();
            if (key != null) {
                return key;
            }
            try {
                return path.toRealPath();
            } catch (IOException e) {
                return path.toAbsolutePath().normalize();
            }
        }

        private static String target(Path link) {
            try {
                return Files.readSymbolicLink(link).toString();
            } catch (IOException | UnsupportedOperationException e) {
                return "?";
            }
        }
    }
}
