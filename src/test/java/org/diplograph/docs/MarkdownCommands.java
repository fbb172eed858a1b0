package org.diplograph.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commands of README.md and docs/*.md: every line of their {@code ```sh} code blocks, so that what the docs
 * show and what the test runs cannot drift apart. Lines ending in a backslash go on on the next line; blank lines
 * and comment lines are not commands. Synopses with brackets are written in {@code ```text} blocks.
 */
final class MarkdownCommands {
    private MarkdownCommands() {
    }

    /** README.md, then docs/*.md in name order. */
    static List<Path> documents(Path repo) throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(repo.resolve("README.md"));
        try (Stream<Path> s = Files.list(repo.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<DocCommand> of(Path repo) throws IOException {
        List<DocCommand> all = new ArrayList<>();
        for (Path doc : documents(repo)) {
            all.addAll(parse(repo.relativize(doc).toString(), Files.readString(doc)));
        }
        return all;
    }

    static List<DocCommand> parse(String file, String markdown) {
        List<DocCommand> commands = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        String language = null;
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                language = language == null ? line.substring(3).strip() : null;
                continue;
            }
            if (!"sh".equals(language)) {
                continue;
            }
            String s = line.strip();
            if (pending == null && (s.isEmpty() || s.startsWith("#"))) {
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
                pendingLine = i + 1;
            }
            if (s.endsWith("\\")) {
                pending.append(s, 0, s.length() - 1).append(' ');
            } else {
                pending.append(s);
                commands.add(new DocCommand(file, pendingLine, pending.toString().replaceAll("\\s+", " ").strip()));
                pending = null;
            }
        }
        return commands;
    }
}
