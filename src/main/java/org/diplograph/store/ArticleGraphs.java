package org.diplograph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.model.Extraction;
import org.diplograph.rdf.RdfMapper;

/**
 * Puts an article's graph into a transactional dataset (TDB2), replacing what an earlier reading of the same
 * article left there, in one write transaction per article.
 *
 * <pre>
 * ArticleGraphs.replace(dataset.asDatasetGraph(), extraction, mapper);
 * </pre>
 */
public final class ArticleGraphs {
    private ArticleGraphs() {
    }

    /** Replaces the article's named graph with the mapping of the extraction; returns the graph's name. */
    public static Node replace(DatasetGraph dsg, Extraction x, RdfMapper mapper) {
        Node graph = NodeFactory.createURI(RdfMapper.articleIri(x.article()));
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(graph);
            mapper.write(x, StreamRDFLib.dataset(dsg), true);
        });
        return graph;
    }
}
