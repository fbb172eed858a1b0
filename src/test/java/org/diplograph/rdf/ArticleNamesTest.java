package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;

class ArticleNamesTest {
    /** Ids that the old a-z0-9 slug folded together, and ids it turned into "x". */
    static final List<String> IDS = List.of("Article 1", "article_1", "ARTICLE-1!", "article-1", "article 1", "Article-1",
            "新闻", "新闻 1", "Новости", "новости", "أخبار", "ニュース", "x", "-", "_", ".", "..", "a/b", "a%2Fb", "a?b", "a#b",
            "a~b", "a%7Eb", "café", "cafe\u0301", "u-0123456789abcdef0123", "t-0123456789abcdef0123", "a\ud800", "a?", "a\uFFFD");

    @Test
    void different_ids_give_different_names() {
        Map<String, String> seen = new HashMap<>();
        for (String id : IDS) {
            String name = ArticleNames.fromId(id);
            String earlier = seen.put(name, id);
            assertEquals(null, earlier, "'" + id + "' and '" + earlier + "' share the name " + name);
        }
    }

    @Test
    void names_are_the_id_where_an_iri_allows_it() {
        assertEquals("001-gaza-ceasefire-diplomacy", ArticleNames.fromId("001-gaza-ceasefire-diplomacy"));
        assertEquals("Article%201", ArticleNames.fromId("Article 1"));
        assertEquals("article_1", ArticleNames.fromId("article_1"));
        assertEquals("ARTICLE-1%21", ArticleNames.fromId("ARTICLE-1!"));
        assertEquals("新闻", ArticleNames.fromId("新闻"));
        assertEquals("Новости", ArticleNames.fromId("Новости"));
        assertEquals("%2E%2E", ArticleNames.fromId(".."));
        assertEquals("a.b", ArticleNames.fromId("a.b"));
    }

    @Test
    void names_decode_back_to_their_id_and_make_valid_iris() {
        for (String id : IDS) {
            if (id.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                continue; // a lone surrogate has no UTF-8 form to decode to
            }
            String name = ArticleNames.fromId(id);
            assertEquals(id, URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8), name);
            String iri = Dip.ID + "article/" + name;
            assertTrue(IRIs.check(iri), iri);
        }
    }

    @Test
    void an_id_that_looks_like_a_url_or_text_name_does_not_take_it() {
        String url = "https://example.org/news/1";
        String fromUrl = ArticleNames.fromUrl(url);
        assertNotEquals(fromUrl, ArticleNames.fromId(fromUrl));
        assertEquals(fromUrl.charAt(0) + "%2D" + fromUrl.substring(2), ArticleNames.fromId(fromUrl));
    }

    @Test
    void long_ids_keep_their_start_and_differ_by_a_hash() {
        String a = "Ministry statement ".repeat(20) + "A";
        String b = "Ministry statement ".repeat(20) + "B";
        String na = ArticleNames.fromId(a);
        String nb = ArticleNames.fromId(b);
        assertNotEquals(na, nb);
        assertTrue(na.startsWith("Ministry%20statement%20Ministry"), na);
        assertTrue(na.length() <= ArticleNames.MAX_KEPT + 17, na);
        assertTrue(na.matches(".*~[0-9a-f]{16}"), na);
        String chinese = "新闻".repeat(200);
        String cut = ArticleNames.fromId(chinese);
        assertTrue(cut.startsWith("新闻新闻") && cut.contains("~"), cut);
        assertTrue(IRIs.check(Dip.ID + "article/" + cut), cut);
    }
}
