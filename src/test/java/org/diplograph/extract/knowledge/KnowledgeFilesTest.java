package org.diplograph.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder given with --knowledge replaces bundled knowledge files by name, and leaves the others bundled. */
class KnowledgeFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFileOfTheFolderReplacesTheBundledOneOfTheSameName() throws IOException {
        Files.writeString(folder.resolve("light-verbs.tsv"), "# only one\nlemma\nstage\n");
        Knowledge k = Knowledge.load(KnowledgeFiles.overriddenBy(folder));
        assertEquals(java.util.Set.of("stage"), k.lightVerbs());
        // the files the folder lacks stay the bundled ones
        assertEquals(Knowledge.fromClasspath().triggers().size(), k.triggers().size());
    }

    @Test
    void everyWordListIsReadFromWordsTsv() {
        WordLists words = WordLists.load(KnowledgeFiles.bundled());
        for (WordLists.Name n : WordLists.Name.values()) {
            assertFalse(words.of(n).isEmpty(), n.row());
        }
        assertTrue(words.has(WordLists.Name.PARTY_NOUNS, "counterpart"));
        assertTrue(words.has(WordLists.Name.HONORIFICS, "Sheikh"), "honorifics are kept as written");
    }

    @Test
    void aWordAddedInTheFolderIsKnown() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (Tsv.Row r : KnowledgeFiles.bundled().rows("words.tsv")) {
            String words = r.get("words") + (r.get("list").equals("party-nouns") ? "|envoys" : "");
            lines.add(r.get("list") + "\t" + words + "\t" + r.get("what"));
        }
        Files.writeString(folder.resolve("words.tsv"), "list\twords\twhat\n" + String.join("\n", lines) + "\n");
        assertTrue(WordLists.load(KnowledgeFiles.overriddenBy(folder)).has(WordLists.Name.PARTY_NOUNS, "envoys"));
    }

    @Test
    void anUnknownListIsRefusedWithItsLine() throws IOException {
        Files.writeString(folder.resolve("words.tsv"), "list\twords\twhat\n# a comment\nparty-noun\tside\ttypo\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(KnowledgeFiles.overriddenBy(folder)));
        assertTrue(e.getMessage().contains("words.tsv line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("'party-noun'"), e.getMessage());
    }

    @Test
    void aRelativeDayWithoutItsNumberIsRefusedWithItsLineAndAnExample() throws IOException {
        Files.writeString(folder.resolve("words.tsv"), "list\twords\twhat\nrelative-days\tthe next day=1|the day after\tdays\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(KnowledgeFiles.overriddenBy(folder)));
        assertTrue(e.getMessage().contains("words.tsv line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("'the day after' is not a phrase and a number of days"), e.getMessage());
    }

    @Test
    void aCountOfDaysWithoutItsNumberIsRefusedWithItsLine() throws IOException {
        Files.writeString(folder.resolve("words.tsv"), "list\twords\twhat\noffset-counts\ta=1|two|three=3\tcounts\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(KnowledgeFiles.overriddenBy(folder)));
        assertTrue(e.getMessage().contains("words.tsv line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("'two' is not a word and a whole number"), e.getMessage());
    }

    @Test
    void aMissingListIsNamed() throws IOException {
        Files.writeString(folder.resolve("words.tsv"), "list\twords\twhat\nparty-nouns\tside\tparties\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(KnowledgeFiles.overriddenBy(folder)));
        assertTrue(e.getMessage().contains("'initiative-nouns' is missing"), e.getMessage());
    }

    @Test
    void aFolderThatIsNotThereIsAnErrorThatSaysWhatToGive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeFiles.overriddenBy(folder.resolve("nope")));
        assertTrue(e.getMessage().contains("No knowledge folder"), e.getMessage());
    }

    @Test
    void aTriggerRowWithAnUnknownTargetRoleIsRefusedWithWhatIsAllowed() throws IOException {
        Files.writeString(folder.resolve("triggers.tsv"), "phrase\tpos\tclass\tframe\ttarget\tneeds\n"
                + "laud\tV\tSupport\tACT\tobject|beside\t-\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Knowledge.load(KnowledgeFiles.overriddenBy(folder)));
        assertTrue(e.getMessage().contains("triggers.tsv line 2: no target role 'beside'"), e.getMessage());
    }

    @Test
    void rowsOfTheSameWordsAreTriedInTheOrderOfTheFile() {
        List<Trigger> callOn = Knowledge.fromClasspath().triggers().stream()
                .filter(t -> t.phrase().equals("call on")).toList();
        assertEquals(List.of(Trigger.Need.TO_VERB, Trigger.Need.PERSON_OBJECT, Trigger.Need.NONE),
                callOn.stream().map(Trigger::needs).toList());
    }
}
