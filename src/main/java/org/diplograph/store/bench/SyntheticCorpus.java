package org.diplograph.store.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.diplograph.source.Article;
import org.diplograph.source.ArticleSource;
import org.diplograph.source.ReadProblem;

/**
 * A generated corpus of news-like articles, made one at a time from the people, states, places and sentence
 * templates of {@code bench/synthetic-corpus.txt}, for benchmarks and tests that need many articles. Article
 * {@code n} is always the same text (a fixed seed per article), and no article is kept after it is handed on.
 *
 * <pre>
 * SyntheticCorpus.load(10_000).read(articles::add, problems::add, done -> {});
 * </pre>
 */
public final class SyntheticCorpus implements ArticleSource {
    static final String RESOURCE = "bench/synthetic-corpus.txt";
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);

    private final int size;
    private final List<String[]> people;
    private final List<String> states;
    private final List<String> places;
    private final List<String> templates;

    private SyntheticCorpus(int size, Map<String, List<String>> sections) {
        if (size < 0) {
            throw new IllegalArgumentException("A corpus has 0 or more articles, not " + size);
        }
        this.size = size;
        this.people = sections.getOrDefault("people", List.of()).stream().map(l -> l.split("\\|", 2)).toList();
        this.states = sections.getOrDefault("states", List.of());
        this.places = sections.getOrDefault("places", List.of());
        this.templates = sections.getOrDefault("templates", List.of());
        if (people.size() < 2 || states.size() < 2 || places.isEmpty() || templates.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " needs at least two people and two states, a place and a template");
        }
    }

    /** A corpus of {@code size} articles from the building blocks packed in the jar. */
    public static SyntheticCorpus load(int size) {
        try (InputStream in = SyntheticCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild with mvn -B package");
            }
            return new SyntheticCorpus(size, sections(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> sections(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(t);
            }
        }
        return sections;
    }

    @Override
    public long inputs() {
        return size;
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadProblem> problems, Consumer<String> inputRead) {
        for (int n = 1; n <= size; n++) {
            Article a = article(n);
            articles.accept(a);
            inputRead.accept(a.origin());
        }
    }

    /** Article number {@code n} (from 1). */
    public Article article(int n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(700));
        int i = random.nextInt(people.size());
        int j = (i + 1 + random.nextInt(people.size() - 1)) % people.size();
        int s = random.nextInt(states.size());
        int t = (s + 1 + random.nextInt(states.size() - 1)) % states.size();
        String place = places.get(random.nextInt(places.size()));
        StringBuilder text = new StringBuilder()
                .append(place).append(", ")
                .append(published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                .append(published.getDayOfMonth()).append(", ").append(published.getYear()).append(" -- ");
        boolean introduced = false;
        int sentences = 4 + random.nextInt(4);
        for (int k = 0; k < sentences; k++) {
            String template = templates.get(k == 0 ? random.nextInt(5) : random.nextInt(templates.size()));
            DayOfWeek day = published.minusDays(1 + random.nextInt(6)).getDayOfWeek();
            String sentence = template
                    .replace("{A}", introduced ? people.get(i)[1] : people.get(i)[0])
                    .replace("{B}", introduced ? people.get(j)[1] : people.get(j)[0])
                    .replace("{a}", introduced ? people.get(i)[1] : people.get(i)[0])
                    .replace("{b}", introduced ? people.get(j)[1] : people.get(j)[0])
                    .replace("{S}", states.get(s))
                    .replace("{T}", states.get(t))
                    .replace("{PLACE}", place)
                    .replace("{DAY}", day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            introduced |= template.contains("{A}") || template.contains("{a}");
            text.append(k == 0 ? "" : " ").append(sentence);
        }
        String id = String.format(Locale.ROOT, "synthetic-%06d", n);
        return new Article(id, null, "Synthetic article " + n, published, "diplograph bench", text.toString(),
                "synthetic:" + id);
    }
}
