package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code eval} with the real models on two short test articles (src/test/resources/org/diplograph/eval/gold):
 * one phone call matched with its date, one gold meeting that cannot match, a state visit told by an unnamed
 * role, one meeting annotated as talks in the other direction (lenient only), one spurious appeal, one negated
 * agreement.
 */
class EvalIT {
    static final Path GOLD = Path.of("src", "test", "resources", "org", "diplograph", "eval", "gold");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Diplograph.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void eval_text_figures_01() {
        Run r = run("eval", "-v", GOLD.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("strict P=0.500 R=0.500 F1=0.500 | lenient P=0.750 R=0.750 F1=0.750 | dates 2/2",
                lines.get(lines.size() - 1));
        assertTrue(lines.contains("== 901-phone-call: lenient P=1.000 R=0.500 F1=0.667 (1 of 2 gold events, 1 extracted)"), r.out());
        assertTrue(lines.contains("   missed   Meeting Wang Yi -> Antony Blinken"), r.out());
        // (dated as the episode the sentence before told: "met Macron on Thursday")
        int spurious = lines.indexOf("   spurious Appeal Germany -> Iran on 2023-04-06");
        assertTrue(spurious > 0, r.out());
        // the sentence it was read from, to see why
        assertEquals("            \"Germany urged Iran to return to the negotiating table.\"", lines.get(spurious + 1));
        assertTrue(lines.contains("   class    Talks Emmanuel Macron -> Xi Jinping read as Meeting"), r.out());
        assertTrue(lines.contains("   modal    Agree Japan -> (any): found as Negated"), r.out());
        assertTrue(lines.contains("   actor    Wang Yi (Person): not found"), r.out());
        assertTrue(lines.contains("dates      2/2 = 1.000 right on matched events with a gold date"), r.out());
        assertTrue(lines.contains("modal      1/1 found with their modality, 0 asserted as facts"), r.out());
        assertTrue(lines.contains("actors     7/8 found (0.875); kind right 7/7; all right 6/8 (0.750)"), r.out());
        assertTrue(lines.contains("  office   3 right, 1 partial, 0 wrong, 0 missing of 4 found with a gold role"), r.out());
        assertTrue(lines.contains("  country  4 right, 0 wrong, 0 missing of 4 found with a gold country"), r.out());
    }

    @Test
    void eval_json_and_gates_01() {
        Run json = run("eval", "--format", "json", GOLD.toString());
        assertEquals(0, json.exit(), json.err());
        JsonObject summary = JSON.parse(json.out()).getObj("summary");
        assertEquals(0.5, summary.getObj("strict").getNumber("f1").doubleValue(), 1e-9);
        assertEquals(0.75, summary.getObj("lenient").getNumber("f1").doubleValue(), 1e-9);
        assertEquals(3, summary.getObj("lenient").getNumber("matched").intValue());
        assertEquals(1, summary.getObj("actors").getObj("office").getNumber("partial").intValue());

        Run strictGate = run("eval", "--min-f1", "0.6", GOLD.toString());
        assertEquals(1, strictGate.exit());
        assertTrue(strictGate.err().contains("strict F1 0.500"), strictGate.err());
        assertEquals(0, run("eval", "--min-f1", "0.6", "--lenient", GOLD.toString()).exit());
    }

    @Test
    void eval_unreadable_gold_01(@TempDir Path dir) throws IOException {
        for (String f : List.of("901-phone-call.txt", "901-phone-call.json")) {
            Files.copy(GOLD.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("903-broken.txt"), "France condemned the attack.\n");
        Files.writeString(dir.resolve("903-broken.json"), "{\"events\": [{\"type\": \"Chat\", \"agent\": \"France\"}]}");
        Run r = run("eval", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("903-broken.json: events[0]: \"type\" is 'Chat', expected one of the event classes"), r.err());
        // the readable article is still scored
        assertTrue(r.out().contains("lenient P=1.000 R=0.500 F1=0.667 | dates 1/1"), r.out());
    }

    /** The floor that a change to extraction must not break: the development sets and the founding article. */
    @Test
    void development_corpus_stays_above_its_floor(@TempDir Path dir) throws IOException {
        Run dev = run("eval", "--min-f1", "0.84", Path.of("eval", "dev").toString());
        assertEquals(0, dev.exit(), dev.err() + dev.out().lines().filter(l -> l.startsWith("strict")).toList());
        // the one-sentence sets, the team's and the one written blind
        Run sentences = run("eval", "--min-f1", "0.94", Path.of("eval", "sentences").toString());
        assertEquals(0, sentences.exit(), sentences.err() + sentences.out().lines().filter(l -> l.startsWith("strict")).toList());
        Run blind = run("eval", "--min-f1", "0.84", Path.of("eval", "sentences-b").toString());
        assertEquals(0, blind.exit(), blind.err() + blind.out().lines().filter(l -> l.startsWith("strict")).toList());
        // the readout, wire and press-release styles of real news (written blind, then read for fixes)
        Run styles = run("eval", "--min-f1", "0.75", Path.of("eval", "sentences-c").toString());
        assertEquals(0, styles.exit(), styles.err() + styles.out().lines().filter(l -> l.startsWith("strict")).toList());

        for (String f : List.of("001-gaza-ceasefire-diplomacy.txt", "001-gaza-ceasefire-diplomacy.json")) {
            Files.copy(Path.of("eval", "dev", f), dir.resolve(f));
        }
        Run founding = run("eval", "--min-f1", "1.0", dir.toString());
        assertEquals(0, founding.exit(), founding.err() + founding.out());
    }
}
