package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.diplograph.rdf.Dip;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleFiles;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.StoreException;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code forget}: removes articles (their named graphs) from the store. */
@Command(name = "forget",
        header = "Removes articles from the store: their graphs, events and all.",
        mixinStandardHelpOptions = true,
        description = {
                "Removes each article's named graph from the TDB2 database (or, while 'diplograph serve' runs on it,",
                "through the server; or from a remote --endpoint with --user). An article is named as ingest names it:",
                "",
                "  FILE or FOLDER   every article ingest would read there: a .txt by its path from the folder ingested",
                "                   (news/a.txt), a JSON record by its id or URL, else by its file and line",
                "  URL              (http:// or https://) the article with that url",
                "  IRI              the graph's own name, https://w3id.org/diplograph/id/article/...",
                "  ID               anything else: the article with that id",
                "",
                "A path that exists is read as a file or folder, even where an id of that spelling exists. Actors stay",
                "in the other articles that name them. Prints the graphs removed on standard error; exit status 1 when",
                "an article named was not in the store (the others are removed all the same)."},
        footer = {"",
                "Examples:",
                "  ./diplograph forget examples/002-lavrov-pyongyang.txt",
                "  ./diplograph forget 001-gaza-ceasefire-diplomacy https://example.org/news/1",
                "  ./diplograph forget --db archive/tdb2 old-news/"})
public final class ForgetCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID|URL|FILE", arity = "1..*", description = "Articles to remove: ids, URLs, graph IRIs, files or folders.")
    List<String> names;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> graphs = new LinkedHashMap<>(); // graph -> what the user said
        List<String> unreadable = new ArrayList<>();
        for (String name : names) {
            graphs.putAll(graphsOf(name, unreadable));
        }
        unreadable.forEach(line -> err.println("diplograph forget: " + line));
        StoreLocation where = store.existing();
        Set<String> removed;
        ArticleStore articles = ArticleStore.open(where);
        try {
            removed = articles.forget(graphs.keySet());
        } catch (StoreException e) {
            err.println("diplograph forget: " + e.getMessage() + "; nothing was removed");
            err.flush();
            return 1;
        } finally {
            IngestCommand.closeQuietly(articles);
        }
        int missing = 0;
        for (Map.Entry<String, String> e : graphs.entrySet()) {
            if (removed.contains(e.getKey())) {
                err.println("forgot " + e.getValue() + " <" + e.getKey() + ">");
            } else {
                missing++;
                err.println("diplograph forget: " + e.getValue() + ": no graph <" + e.getKey() + "> in " + where
                        + " (never ingested, or forgotten already)");
            }
        }
        err.println("Forgot " + removed.size() + (removed.size() == 1 ? " article" : " articles") + " in " + where
                + (missing > 0 ? "; " + missing + " not found" : ""));
        err.flush();
        return missing > 0 || !unreadable.isEmpty() ? 1 : CommandLine.ExitCode.OK;
    }

    /** The graphs a name stands for, with what to call each in messages. */
    static Map<String, String> graphsOf(String name, List<String> problems) {
        Map<String, String> graphs = new LinkedHashMap<>();
        if (!name.equals("-") && Files.exists(Path.of(name))) {
            ArticleFiles.of(List.of(name), java.io.InputStream.nullInputStream()).read(
                    a -> graphs.put(RdfMapper.articleIri(a), a.origin()),
                    p -> problems.add(p.toString()),
                    done -> { });
        } else if (name.startsWith(Dip.ID + "article/")) {
            graphs.put(name, name);
        } else if (name.startsWith("http://") || name.startsWith("https://")) {
            graphs.put(RdfMapper.articleIri(new Article(null, name, null, null, null, "", name)), name);
        } else {
            graphs.put(RdfMapper.articleIri(new Article(name, null, null, null, null, "", name)), name);
        }
        return graphs;
    }
}
