package org.diplograph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL query as the analyst keeps it: a {@code .rq} file whose opening comment says what it answers, its
 * parameters and an example. Parameters are declared in that comment, one a line, as
 * {@code #   ?name  kind  description}, the kind being {@code text}, {@code date}, {@code iri} or
 * {@code integer}; values are bound through Jena's {@link ParameterizedSparqlString}, never pasted into the
 * text, so a value can't change the query's shape. An unset parameter stays an unbound variable: the saved
 * queries are written so that the filter it drives then lets everything through.
 *
 * <pre>
 * Query q = SavedQuery.load("who-talked-to-whom").bind(Map.of("actor", "Antony Blinken"));
 * </pre>
 */
public record SavedQuery(String name, String text, List<Parameter> parameters) {
    /** Where the saved queries live, in the jar and in a working copy of the project. */
    public static final String FOLDER = "queries";

    public enum Kind { TEXT, DATE, IRI, INTEGER }

    /** A declared parameter: {@code ?name}, the kind of value it takes, and what it means. */
    public record Parameter(String name, Kind kind, String description) {
    }

    private static final Pattern DECLARATION =
            Pattern.compile("^#\\s+\\?(\\w+)\\s+(text|date|iri|integer)\\s+(.*)$");
    /** A comment line indented deeper than a declaration's "#   ?name": the declaration's description goes on. */
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{5,}\\S.*$");
    private static final Pattern SAVED_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    public SavedQuery {
        parameters = List.copyOf(parameters);
    }

    /**
     * Reads a query's text and the parameters its opening comment declares. A declaration's description may go on
     * over the next comment lines, indented deeper than the declaration ({@code #      e.g. "Blinken"}).
     */
    public static SavedQuery of(String name, String text) {
        List<Parameter> params = new ArrayList<>();
        List<String> head = header(text);
        for (int i = 0; i < head.size(); i++) {
            Matcher m = DECLARATION.matcher(head.get(i).strip());
            if (m.matches()) {
                StringBuilder description = new StringBuilder(m.group(3).strip());
                while (i + 1 < head.size() && CONTINUATION.matcher(head.get(i + 1)).matches()
                        && !DECLARATION.matcher(head.get(i + 1)).matches()) {
                    description.append(' ').append(head.get(++i).replaceFirst("^#\\s*", ""));
                }
                params.add(new Parameter(m.group(1), Kind.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)),
                        description.toString()));
            }
        }
        return new SavedQuery(name, text, params);
    }

    /**
     * A saved query by name (e.g. {@code who-talked-to-whom}: {@code queries/NAME.rq} in the jar, else in the
     * working directory) or a path to a {@code .rq} file.
     *
     * @throws IllegalArgumentException naming what was looked for, when there is no such query
     */
    public static SavedQuery load(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return of(name, Files.readString(file, StandardCharsets.UTF_8));
        }
        if (SAVED_NAME.matcher(nameOrFile).matches()) {
            Optional<SavedQuery> saved = fromClasspath(nameOrFile);
            if (saved.isPresent()) {
                return saved.get();
            }
            Path local = Path.of(FOLDER, nameOrFile + ".rq");
            if (Files.isRegularFile(local)) {
                return of(nameOrFile, Files.readString(local, StandardCharsets.UTF_8));
            }
        }
        throw new IllegalArgumentException("No saved query or file named '" + nameOrFile + "'. Saved queries: "
                + String.join(", ", catalog().stream().map(SavedQuery::name).toList())
                + "; or give the path of a .rq file.");
    }

    /** The saved query {@code queries/NAME.rq} packed in the jar (or on the test classpath). */
    public static Optional<SavedQuery> fromClasspath(String name) throws IOException {
        try (InputStream in = SavedQuery.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name + ".rq")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /** Every saved query in the jar, by name. */
    public static List<SavedQuery> catalog() throws IOException {
        URL folder = SavedQuery.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                listNames(fs.getPath(FOLDER), names);
            } else {
                listNames(Path.of(uri), names);
            }
        } catch (URISyntaxException e) {
            throw new IOException("Cannot list the saved queries at " + folder, e);
        }
        List<SavedQuery> queries = new ArrayList<>();
        for (String n : names.stream().sorted().toList()) {
            fromClasspath(n).ifPresent(queries::add);
        }
        return queries;
    }

    private static void listNames(Path folder, List<String> names) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).forEach(names::add);
        }
    }

    /** The first paragraph of the opening comment, whole (it may span lines): what the query answers. */
    public String summary() {
        List<String> paragraph = new ArrayList<>();
        for (String line : header(text)) {
            String words = line.replaceFirst("^#\\s*", "").strip();
            if (words.isEmpty()) {
                break;
            }
            paragraph.add(words);
        }
        String first = String.join(" ", paragraph);
        return first.startsWith(name + ":") ? first.substring(name.length() + 1).strip() : first;
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /**
     * The query with the given values bound. For a query that declares its parameters, only those may be
     * given; for one that declares none, a value that reads as a date (YYYY-MM-DD) is bound as an xsd:date,
     * one that starts with http:// or https:// as an IRI, anything else as text.
     *
     * @throws IllegalArgumentException for an unknown parameter or a value not of its kind, saying which
     */
    public Query bind(Map<String, String> values) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(body(text));
        for (Map.Entry<String, String> e : new LinkedHashMap<>(values).entrySet()) {
            String pname = e.getKey();
            String value = e.getValue();
            Kind kind;
            if (parameters.isEmpty()) {
                if (!Pattern.compile("[?$]" + Pattern.quote(pname) + "(?!\\w)").matcher(text).find()) {
                    throw new IllegalArgumentException("Unknown parameter '" + pname + "': the query " + name
                            + " has no variable ?" + pname + ".");
                }
                kind = guessKind(value);
            } else {
                kind = parameter(pname).map(Parameter::kind).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown parameter '" + pname + "' for the query " + name + ". Its parameters: "
                                + String.join(", ", parameters.stream().map(Parameter::name).toList()) + "."));
            }
            switch (kind) {
                case TEXT -> pss.setLiteral(pname, value);
                case DATE -> pss.setLiteral(pname, date(pname, value), XSDDatatype.XSDdate);
                case INTEGER -> pss.setLiteral(pname, integer(pname, value));
                case IRI -> pss.setIri(pname, iri(pname, value));
            }
        }
        try {
            return pss.asQuery();
        } catch (QueryParseException ex) {
            throw new IllegalArgumentException("The query " + name + " is not valid SPARQL: " + ex.getMessage(), ex);
        }
    }

    private static Kind guessKind(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Kind.DATE;
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return Kind.IRI;
        }
        return Kind.TEXT;
    }

    private static String date(String pname, String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for the parameter " + pname
                    + ": expected a day as YYYY-MM-DD, e.g. 2021-05-20.");
        }
    }

    private static long integer(String pname, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for the parameter " + pname
                    + ": expected a whole number.");
        }
    }

    private static String iri(String pname, String value) {
        try {
            IRIx iri = IRIx.create(value);
            if (!iri.isAbsolute() || value.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
                throw new IRIException("not an absolute IRI");
            }
            return iri.str();
        } catch (IRIException ex) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for the parameter " + pname
                    + ": expected an absolute IRI, e.g. https://w3id.org/diplograph/id/state/us.");
        }
    }

    /** The comment lines that open the file. */
    private static List<String> header(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String s = line.strip();
            if (s.startsWith("#")) {
                lines.add(s);
            } else if (!s.isEmpty()) {
                break;
            }
        }
        return lines;
    }

    /**
     * The text without its opening comment, which names the parameters and would otherwise have values
     * substituted into it.
     */
    private static String body(String text) {
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).strip().startsWith("#"))) {
            i++;
        }
        return String.join("\n", lines.subList(i, lines.size()));
    }
}
