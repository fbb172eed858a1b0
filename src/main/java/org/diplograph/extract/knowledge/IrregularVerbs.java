package org.diplograph.extract.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English irregular verbs of {@code prefilter/irregular-verbs.tsv}: the sentence pre-filter needs every form of a
 * trigger lemma, and the trigger matcher the lemma of a form the lemmatizer left as it is ("froze").
 */
public final class IrregularVerbs {
    private static final String FILE = "prefilter/irregular-verbs.tsv";

    private IrregularVerbs() {
    }

    /** Each base form with its other forms ("meet" -> met, meets, meeting). */
    public static Map<String, List<String>> formsByBase() {
        Map<String, List<String>> forms = new HashMap<>();
        try (InputStream in = IrregularVerbs.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the jar; rebuild it with ./run.sh build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                forms.put(cells[0], List.of(cells).subList(1, cells.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    /** Each irregular form with its base form ("froze" -> freeze); a form of two verbs keeps the first listed. */
    public static Map<String, String> baseByForm() {
        Map<String, String> bases = new HashMap<>();
        formsByBase().forEach((base, forms) -> forms.forEach(f -> bases.putIfAbsent(f, base)));
        return Map.copyOf(bases);
    }
}
