package org.diplograph.store;

/**
 * One article now in the store.
 *
 * @param origin   where it was read from
 * @param graph    the IRI of its named graph
 * @param events   events extracted from it
 * @param triples  triples in its graph
 * @param replaced true when its graph replaced one of the same name (an article with the same id)
 */
public record StoredArticle(String origin, String graph, int events, long triples, boolean replaced) {
}
