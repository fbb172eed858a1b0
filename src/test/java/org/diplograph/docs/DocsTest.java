package org.diplograph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** README.md and docs/*.md name only what a clone has, and show commands the way they run. */
class DocsTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final List<String> FORBIDDEN = List.of("java -jar", "/usr/lib/jvm", "../shared", "spec/CONTRACT",
            "score.py eval", "proposed README", "The lead merges");

    @Test
    void sh_blocks_are_read_as_commands_with_continuations_and_without_comments() {
        String md = String.join("\n", "text", "```sh", "# a comment", "./diplograph query --list   # trailing", "",
                "./diplograph ingest \\", "    --db x examples/", "```", "```text", "./diplograph serve [--db DIR]", "```",
                "```sh", "./run.sh", "```");
        List<DocCommand> commands = MarkdownCommands.parse("X.md", md);
        assertEquals(List.of("./diplograph query --list # trailing", "./diplograph ingest --db x examples/", "./run.sh"),
                commands.stream().map(DocCommand::text).toList());
        assertEquals(6, commands.get(1).line());
        assertTrue(commands.get(2).isRunSh() && commands.get(2).serves());
    }

    @Test
    void a_command_knows_where_its_data_goes() {
        DocCommand redirected = new DocCommand("X.md", 1, "./diplograph query stances --format csv > stances.csv");
        assertEquals("query", redirected.dataCommand());
        assertEquals("stances.csv", redirected.outputFile());
        assertEquals("events.tsv", new DocCommand("X.md", 1, "./diplograph events --format tsv -o events.tsv").outputFile());
        DocCommand chain = new DocCommand("X.md", 1, "./diplograph extract a.txt > a.ttl && ./diplograph validate a.ttl");
        assertEquals("validate", chain.dataCommand());
        assertEquals(null, chain.outputFile());
        DocCommand piped = new DocCommand("X.md", 1, "./diplograph export --endpoint http://localhost:3030/diplomacy | gzip > dump.nq.gz");
        assertTrue(piped.usesServer());
        assertEquals("dump.nq.gz", piped.outputFile());
        assertEquals(2, DocumentedCommandsIT.rows("./diplograph query x", "a  b\n-  -\n1  2\n3  4\n(2 rows)\n"));
        assertEquals(1, DocumentedCommandsIT.rows("./diplograph query x --format csv", "a,b\n1,2\n"));
    }

    @Test
    void a_benchmark_is_scaled_down_to_a_few_articles_and_runs_keeping_its_other_options() {
        DocCommand bench = new DocCommand("X.md", 1, "./diplograph bench --articles 10000 --batch 1000 --batch-1-articles 100");
        assertTrue(bench.isLong());
        assertEquals("./diplograph bench --articles 40 --batch 1000 --batch-1-articles 40", bench.scaledDown().text());
        assertEquals("./diplograph bench-extract --runs 3 a.txt", new DocCommand("X.md", 1, "./diplograph bench-extract --runs 50 a.txt").scaledDown().text());
        assertEquals("./diplograph bench-feed --articles 20", new DocCommand("X.md", 1, "./diplograph bench-feed --articles 20").scaledDown().text());
    }

    @Test
    void every_command_in_the_docs_runs_through_the_launcher_or_the_set_up_script() throws IOException {
        List<DocCommand> commands = MarkdownCommands.of(REPO);
        assertTrue(commands.size() > 30, commands.toString());
        for (DocCommand c : commands) {
            assertTrue(c.text().matches("^(\\./diplograph|\\./run\\.sh|curl|printf|echo|cat|mkdir|cp|DIPLOGRAPH_PASSWORD=\\S+ \\./diplograph)\\b.*"),
                    c.where() + ": a documented command starts with ./diplograph or ./run.sh (or a shell tool that feeds them or prepares their files): " + c.text());
        }
    }

    @Test
    void docs_name_no_file_outside_the_repository_and_no_machine_path() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : MarkdownCommands.documents(REPO)) {
            String text = Files.readString(doc);
            String name = REPO.relativize(doc).toString();
            for (String bad : FORBIDDEN) {
                if (text.contains(bad)) {
                    problems.add(name + ": says '" + bad + "'");
                }
            }
            Matcher links = LINK.matcher(text);
            while (links.find()) {
                String target = links.group(1).replaceFirst("#.*$", "");
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                    continue;
                }
                Path resolved = doc.getParent().resolve(target).normalize();
                if (!resolved.startsWith(REPO) || !Files.exists(resolved)) {
                    problems.add(name + ": links to " + target + ", which is not a file of the repository");
                }
            }
            // outside links, "../" can only point out of the repository
            if (Pattern.compile("(?<!\\.)\\.\\./").matcher(LINK.matcher(text).replaceAll("]()")).find()) {
                problems.add(name + ": names a path with ../ outside a link");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void screenshots_are_dated_in_their_captions() throws IOException {
        for (String doc : List.of("README.md", "docs/store.md", "docs/analyst.md")) {
            String text = Files.readString(REPO.resolve(doc));
            assertTrue(text.matches("(?s).*screenshot\\s+of\\s+\\d{4}-\\d{2}-\\d{2},\\s+made\\s+by\\s+`scripts/screenshots.sh`.*"), doc);
        }
        assertFalse(Files.readString(REPO.resolve("docs/store.md")).startsWith("# Store and serve: proposed"));
    }
}
