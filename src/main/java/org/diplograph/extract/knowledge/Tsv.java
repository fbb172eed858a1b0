package org.diplograph.extract.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the knowledge files: tab-separated, one header line naming the columns, {@code #} comment lines.
 * Errors name the file and line so that the domain expert who edited it can fix it.
 */
public final class Tsv {
    private Tsv() {
    }

    /** One data line of a knowledge file. */
    public record Row(String file, int line, List<String> header, List<String> cells) {
        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalStateException(file + ": no column '" + column + "' in header " + header);
            }
            String v = i < cells.size() ? cells.get(i).strip() : "";
            return v.equals("-") ? "" : v;
        }

        /** A |-separated list cell, empty entries dropped. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(file + " line " + line + ": " + message);
        }
    }

    /** Reads a knowledge file of the classpath ({@code knowledge/countries.tsv}). */
    public static List<Row> read(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Knowledge file '" + resource + "' is not on the classpath (src/main/resources/" + resource + ")");
        }
        return read(resource, in);
    }

    /** Reads a knowledge file from a stream, which it closes; {@code name} is how errors refer to it. */
    public static List<Row> read(String name, InputStream in) {
        String resource = name;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    continue;
                }
                if (cells.size() > header.size()) {
                    throw new IllegalStateException(resource + " line " + n + ": " + cells.size()
                            + " tab-separated cells, but the header has " + header.size() + " columns " + header);
                }
                rows.add(new Row(resource, n, header, cells));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
