package org.diplograph.store.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.diplograph.source.Article;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
    @Test
    void articles_are_reproducible_distinct_and_dated() {
        SyntheticCorpus corpus = SyntheticCorpus.load(50);
        List<Article> articles = new ArrayList<>();

        corpus.read(articles::add, p -> { throw new AssertionError(p.toString()); }, origin -> { });

        assertEquals(50, articles.size());
        assertEquals(50, new HashSet<>(articles.stream().map(Article::id).toList()).size());
        assertEquals("synthetic-000007", articles.get(6).id());
        assertEquals(corpus.article(7).text(), articles.get(6).text());
        assertEquals(SyntheticCorpus.load(50).article(7), corpus.article(7));
        Article first = articles.get(0);
        assertTrue(first.dateline().isPresent(), first.text());
        assertEquals(first.published(), first.dateline().flatMap(d -> d.date()).orElseThrow());
        assertFalse(first.text().contains("{"), first.text());
    }
}
