package org.diplograph.extract.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.model.EventType;
import org.diplograph.model.Modality;

/**
 * Everything the extractor knows before reading: the gazetteer, the trigger lexicon, the light verbs, the
 * modality cues and the event codebook (CAMEO, PLOVER), loaded once from the TSV files of the jar or of a folder that
 * overrides them ({@link KnowledgeFiles}).
 *
 * <pre>
 * Knowledge knowledge = Knowledge.fromClasspath();
 * </pre>
 */
public record Knowledge(Gazetteer gazetteer, List<Trigger> triggers, Set<String> lightVerbs, List<ModalityCue> cues,
                        List<MannerCue> manners, WordLists words, EventCodebook codebook) {

    public Knowledge {
        triggers = List.copyOf(triggers);
        lightVerbs = Set.copyOf(lightVerbs);
        cues = List.copyOf(cues);
        manners = List.copyOf(manners);
    }

    /** Words that say how a communication happened ("by telephone"), and the class they make it (manner.tsv). */
    public record MannerCue(List<String> words, EventType type) {
        public MannerCue {
            words = List.copyOf(words);
        }
    }

    /** One row of triggers.tsv, checked: every error names the file, the line and what is allowed. */
    private static Trigger trigger(Tsv.Row r) {
        EventType type;
        Trigger.Frame frame;
        Trigger.Need needs;
        try {
            type = EventType.fromName(r.get("class"));
            frame = Trigger.Frame.valueOf(r.get("frame").toUpperCase(Locale.ROOT));
            needs = Trigger.Need.of(r.get("needs"));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage() + " (class must be an event class of the ontology, frame one of "
                    + java.util.Arrays.toString(Trigger.Frame.values()) + ")");
        }
        String pos = r.get("pos");
        if (!pos.equals("V") && !pos.equals("N")) {
            throw r.error("pos must be V or N, not '" + pos + "'");
        }
        List<String> targets = r.list("target");
        for (String role : targets) {
            if (!Trigger.TARGET_ROLES.contains(role) && !Trigger.PREPOSITIONS.contains(role)) {
                throw r.error("no target role '" + role + "': give roles of " + Trigger.TARGET_ROLES
                        + " or prepositions of " + Trigger.PREPOSITIONS + ", |-separated");
            }
        }
        if (targets.isEmpty()) {
            targets = frame == Trigger.Frame.NOUN ? List.of("with") : frame == Trigger.Frame.ACT ? List.of("object", "against", "with", "to") : List.of();
        }
        return new Trigger(List.of(r.get("phrase").toLowerCase(Locale.ROOT).split(" ")), pos.equals("N"), type, frame, targets, needs);
    }

    public static Knowledge fromClasspath() {
        return load(KnowledgeFiles.bundled());
    }

    public static Knowledge load(KnowledgeFiles files) {
        List<Trigger> triggers = new ArrayList<>();
        for (Tsv.Row r : files.rows("triggers.tsv")) {
            triggers.add(trigger(r));
        }
        // longest phrases first, so that "speak by phone" wins over "speak"
        triggers.sort(Comparator.comparingInt((Trigger t) -> -t.words().size()));
        Set<String> light = new HashSet<>();
        for (Tsv.Row r : files.rows("light-verbs.tsv")) {
            light.add(r.get("lemma").toLowerCase(Locale.ROOT));
        }
        List<ModalityCue> cues = new ArrayList<>();
        for (Tsv.Row r : files.rows("modality.tsv")) {
            try {
                Modality m = Modality.fromName(r.get("modality"));
                Modality reported = r.get("reported").isEmpty() ? m : Modality.fromName(r.get("reported"));
                String scope = r.get("scope").isEmpty() ? "clause" : r.get("scope");
                if (!scope.equals("clause") && !scope.equals("governs") && !scope.equals("governs-verb")) {
                    throw r.error("scope must be clause, governs or governs-verb, not '" + scope + "'");
                }
                cues.add(new ModalityCue(List.of(r.get("cue").toLowerCase(Locale.ROOT).split(" ")), m, reported,
                        scope.startsWith("governs"), scope.equals("governs-verb")));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        cues.sort(Comparator.comparingInt((ModalityCue c) -> -c.words().size()));
        List<MannerCue> manners = new ArrayList<>();
        for (Tsv.Row r : files.rows("manner.tsv")) {
            try {
                manners.add(new MannerCue(List.of(r.get("cue").toLowerCase(Locale.ROOT).split(" ")), EventType.fromName(r.get("class"))));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        WordLists words = WordLists.load(files);
        return new Knowledge(Gazetteer.load(files, words), triggers, light, cues, manners, words,
                EventCodebook.load(files.rows("event-codes.tsv")));
    }
}
