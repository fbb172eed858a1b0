package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.nlp.Token;

/**
 * The rows of the trigger lexicon by their first word: the rows a token may open, in lexicon order, without
 * trying all of them ({@link TriggerMatcher#match} needs the row's first word at the token, by
 * {@link TriggerMatcher#sameWord}). Trying every row at every token was most of the event finder's time.
 *
 * <p>A token gives the few words it can be ({@link TriggerMatcher#wordsItMayBe}: its lemma, its lower case, the
 * stems of its regular endings, the base of an irregular form); each is looked up by its lower case, and every
 * first word found is checked with {@code sameWord} itself, so the rows given are exactly those whose first word
 * {@code sameWord} accepts. A token whose text is not all ASCII, where {@code equalsIgnoreCase} may match what the
 * lower case does not, and first words not all ASCII are checked against every first word, as before.
 */
final class TriggerIndex {
    /** The distinct first words, each with its rows in lexicon order. */
    private final Map<String, List<Trigger>> rowsByWord;
    /** The row numbers of each first word, ascending: for merging the rows of two words a token can be. */
    private final Map<String, int[]> numbersByWord;
    private final List<Trigger> triggers;
    /** The ASCII first words by their lower case. */
    private final Map<String, List<String>> wordsByLowerCase = new HashMap<>();
    /** First words with a character outside ASCII: checked at every token. */
    private final List<String> otherWords = new ArrayList<>();

    TriggerIndex(List<Trigger> triggers) {
        this.triggers = List.copyOf(triggers);
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        for (int i = 0; i < this.triggers.size(); i++) {
            numbers.computeIfAbsent(this.triggers.get(i).words().get(0), w -> new ArrayList<>()).add(i);
        }
        Map<String, List<Trigger>> rows = new HashMap<>();
        Map<String, int[]> numbersOf = new HashMap<>();
        numbers.forEach((word, list) -> {
            rows.put(word, list.stream().map(this.triggers::get).toList());
            numbersOf.put(word, list.stream().mapToInt(Integer::intValue).toArray());
            if (isAscii(word)) {
                wordsByLowerCase.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(word);
            } else {
                otherWords.add(word);
            }
        });
        this.rowsByWord = rows;
        this.numbersByWord = numbersOf;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The rows whose first word the token is (by {@link TriggerMatcher#sameWord}), in lexicon order. */
    List<Trigger> rowsAt(Token t) {
        List<String> found = new ArrayList<>(2);
        if (isAscii(t.text())) {
            TriggerMatcher.wordsItMayBe(t, candidate -> {
                List<String> words = wordsByLowerCase.get(candidate.toLowerCase(Locale.ROOT));
                if (words != null) {
                    for (String w : words) {
                        if (!found.contains(w) && TriggerMatcher.sameWord(t, w)) {
                            found.add(w);
                        }
                    }
                }
            });
            for (String w : otherWords) {
                if (TriggerMatcher.sameWord(t, w)) {
                    found.add(w);
                }
            }
        } else {
            for (String w : rowsByWord.keySet()) {
                if (TriggerMatcher.sameWord(t, w)) {
                    found.add(w);
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        if (found.size() == 1) {
            return rowsByWord.get(found.get(0));
        }
        // a token that may be two first words (its lemma and a stem of its form): their rows back in lexicon order
        int[] all = found.stream().flatMapToInt(w -> Arrays.stream(numbersByWord.get(w))).sorted().toArray();
        List<Trigger> out = new ArrayList<>(all.length);
        for (int i : all) {
            out.add(triggers.get(i));
        }
        return out;
    }
}
