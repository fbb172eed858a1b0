package org.diplograph.analysis;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Query results as an aligned text table for people to read: IRIs shortened with the ontology's prefixes
 * ({@code id:person/antony-blinken}), literals as their plain text, long cells cut at {@link #MAX_WIDTH}
 * characters. Scripts should ask for CSV, TSV or JSON, which keep every value whole.
 */
public final class ResultTable {
    public static final int MAX_WIDTH = 72;

    private ResultTable() {
    }

    /** Writes the table; returns the number of rows. */
    public static int write(ResultSet results, PrintStream out, PrefixMapping prefixes) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = cell(s.get(vars.get(i)), prefixes);
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = vars.get(i).length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < vars.size(); i++) {
            pad(line, vars.get(i), widths[i], i == vars.size() - 1);
        }
        out.println(line.toString().stripTrailing());
        line.setLength(0);
        for (int i = 0; i < vars.size(); i++) {
            pad(line, "-".repeat(widths[i]), widths[i], i == vars.size() - 1);
        }
        out.println(line.toString().stripTrailing());
        for (String[] row : rows) {
            line.setLength(0);
            for (int i = 0; i < vars.size(); i++) {
                pad(line, row[i], widths[i], i == vars.size() - 1);
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        return rows.size();
    }

    private static void pad(StringBuilder line, String cell, int width, boolean last) {
        line.append(cell);
        if (!last) {
            line.append(" ".repeat(width - cell.length() + 2));
        }
    }

    static String cell(RDFNode value, PrefixMapping prefixes) {
        if (value == null) {
            return "";
        }
        Node n = value.asNode();
        String text;
        if (n.isURI()) {
            text = prefixes.shortForm(n.getURI());
        } else if (n.isLiteral()) {
            text = n.getLiteralLexicalForm();
        } else {
            text = n.toString();
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 1) + "\u2026" : text;
    }
}
