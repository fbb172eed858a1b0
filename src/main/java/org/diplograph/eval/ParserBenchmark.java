package org.diplograph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.DependencyParser;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Scores the dependency parser on a Universal Dependencies treebank in CoNLL-U (gold tokens, one thread):
 * unlabelled and labelled attachment (UAS, LAS) of its own output and after {@link UdHeads} has rewritten it into
 * UD conventions, punctuation excluded as in the CoNLL shared tasks, and parsing speed.
 *
 * <pre>
 * ParserBenchmark.Result r = new ParserBenchmark(parser).run(Path.of("en_ewt-ud-test.conllu"), Integer.MAX_VALUE);
 * </pre>
 */
public final class ParserBenchmark {
    private final DependencyParser parser;

    public ParserBenchmark(DependencyParser parser) {
        this.parser = parser;
    }

    /** Attachment scores and speed over the first {@code limit} sentences of a CoNLL-U file. */
    public record Result(int sentences, int tokens, int skipped, double rawUas, double uas, double las, double sentencesPerSecond) {
    }

    public Result run(Path conllu, int limit) throws IOException {
        List<List<String[]>> treebank = read(conllu, limit);
        int scored = 0, raw = 0, attached = 0, labelled = 0, skipped = 0, tokens = 0;
        long cpu = 0;
        java.lang.management.ThreadMXBean clock = java.lang.management.ManagementFactory.getThreadMXBean();
        for (List<String[]> rows : treebank) {
            Sentence s = sentence(rows);
            long t0 = clock.getCurrentThreadCpuTime();
            Parse parse = parser.parse(s);
            cpu += clock.getCurrentThreadCpuTime() - t0;
            tokens += rows.size();
            if (parse == null) {
                skipped++;
                continue;
            }
            UdHeads.Converted ud = UdHeads.convert(parse, s.tokens());
            for (int i = 0; i < rows.size(); i++) {
                String[] gold = rows.get(i);
                if (gold[3].equals("PUNCT")) {
                    continue;
                }
                int goldHead = Integer.parseInt(gold[6]) - 1;
                String goldRelation = gold[7].split(":")[0];
                scored++;
                raw += parse.head(i) == goldHead ? 1 : 0;
                if (ud.heads()[i] == goldHead) {
                    attached++;
                    labelled += ud.relations().get(i).equals(goldRelation) ? 1 : 0;
                }
            }
        }
        return new Result(treebank.size(), tokens, skipped, raw / (double) scored, attached / (double) scored,
                labelled / (double) scored, treebank.size() / (cpu / 1e9));
    }

    /** A treebank sentence as the annotator would give it: the gold words, their lemmas and universal tags. */
    private static Sentence sentence(List<String[]> rows) {
        List<Token> tokens = new ArrayList<>(rows.size());
        int offset = 0;
        StringBuilder text = new StringBuilder();
        for (String[] r : rows) {
            tokens.add(new Token(r[1], new CharSpan(offset, offset + r[1].length()), r[3], r[2].toLowerCase(java.util.Locale.ROOT)));
            text.append(r[1]).append(' ');
            offset += r[1].length() + 1;
        }
        return new Sentence(0, new CharSpan(0, offset), text.toString(), tokens);
    }

    /** The word lines of each sentence (multi-word ranges and empty nodes left out). */
    private static List<List<String[]>> read(Path conllu, int limit) throws IOException {
        List<List<String[]>> out = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(conllu)) {
            lineNumber++;
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    if (out.size() >= limit) {
                        return out;
                    }
                }
                current = new ArrayList<>();
            } else if (!line.startsWith("#")) {
                String[] f = line.split("\t");
                if (f.length != 10) {
                    throw new IOException(conllu + ", line " + lineNumber + ": a CoNLL-U word line has 10 tab-separated fields, this one " + f.length);
                }
                if (!f[0].contains("-") && !f[0].contains(".")) {
                    current.add(f);
                }
            }
        }
        if (!current.isEmpty() && out.size() < limit) {
            out.add(current);
        }
        return out;
    }
}
