package org.diplograph.extract.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplograph.model.Actor;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Extraction;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * What the confidence model sees of one event: its class and trigger, the words and the syntax around the trigger,
 * who fills its roles and how they were named, and where in the article it stands. The features are plain strings
 * ("type=Statement", "rel=ccomp"), as OpenNLP's maximum-entropy trainer takes them.
 *
 * <pre>
 * List&lt;String&gt; features = new EventFeatures().of(extraction, event);
 * </pre>
 *
 * Design decision: only what the extractor itself decided from is described (no sentence bag of words), so that a
 * model trained on a few thousand events learns when a rule's output is right rather than which stories it read.
 */
public final class EventFeatures {

    public List<String> of(Extraction x, EventFrame ev) {
        List<String> f = new ArrayList<>();
        String type = ev.type().localName();
        String trigger = ev.trigger().toLowerCase(Locale.ROOT);
        f.add("type=" + type);
        f.add("modality=" + ev.modality().localName());
        f.add("trigger=" + trigger);
        f.add("type+trigger=" + type + "|" + trigger);
        String agentKinds = kinds(ev.agents());
        String targetKinds = ev.targets().isEmpty() ? "none" : kinds(ev.targets());
        f.add("agent=" + agentKinds);
        f.add("target=" + targetKinds);
        f.add("type+agent+target=" + type + "|" + agentKinds + "|" + targetKinds);
        f.add("agents=" + bucket(ev.agents().size()));
        f.add("targets=" + bucket(ev.targets().size()));
        if (ev.date() != null) f.add("dated");
        if (ev.object() != null) f.add("object");
        if (ev.venue() != null) f.add("venue");
        if (ev.sentences().size() > 1) f.add("told-again");

        Sentence s = sentenceOf(x, ev);
        f.add("sentence-at=" + bucket(s.index()));
        f.add("sentence-length=" + (s.size() < 15 ? "short" : s.size() < 35 ? "mid" : "long"));
        List<EventFrame> sameSentence = x.events().stream().filter(e -> e.sentences().contains(s.index())).toList();
        f.add("events-in-sentence=" + bucket(sameSentence.size()));
        f.add("quoted=" + quoted(s, ev));
        // what else the rules read in the same sentence: a statement beside a condemnation is often its wording
        sameSentence.stream().filter(e -> e != ev)
                .map(e -> e.type().localName()).distinct()
                .forEach(other -> {
                    f.add("also=" + other);
                    f.add("type+also=" + type + "|" + other);
                });
        int total = x.text().sentences().size();
        f.add("article-part=" + (s.index() * 3 < total ? "first" : s.index() * 3 < 2 * total ? "middle" : "last"));
        if (ev.date() != null && x.published() != null) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(ev.date(), x.published());
            f.add("days-before-publication=" + (days <= 1 ? "0-1" : days <= 7 ? "2-7" : days <= 60 ? "8-60" : "61+"));
        }
        ev.agents().forEach(a -> f.add("agent-holds=" + (a.office() != null ? "office" : a.role() != null ? "role" : "nothing")));

        int at = triggerToken(s, ev);
        if (at >= 0) {
            Token t = s.token(at);
            f.add("pos=" + t.pos());
            f.add("type+pos=" + type + "|" + t.pos());
            f.add("before=" + word(s, at - 1));
            f.add("before2=" + word(s, at - 2));
            f.add("after=" + word(s, at + 1));
            f.add("trigger-at=" + (at * 3 < s.size() ? "start" : at * 3 < 2 * s.size() ? "middle" : "end"));
            if (s.parsed()) {
                Parse p = s.parse();
                String rel = p.relation(at);
                f.add("rel=" + rel);
                f.add("type+rel=" + type + "|" + rel);
                int head = p.head(at);
                f.add("governor=" + (head < 0 || head >= s.size() ? "ROOT" : s.token(head).lemma().toLowerCase(Locale.ROOT)));
                // the parser's labels are ClearNLP's (Stanford style), not UD's: "nsubjpass", "dobj", "dative"
                f.add("subject=" + !p.dependents(at, "nsubj", "nsubjpass").isEmpty());
                f.add("object-arc=" + !p.dependents(at, "dobj", "iobj", "dative").isEmpty());
            }
        }
        for (Actor a : ev.agents()) {
            f.add("agent-named-as=" + namedAs(x, a, s.index()));
        }
        for (Actor a : ev.targets()) {
            f.add("target-named-as=" + namedAs(x, a, s.index()));
        }
        if (ev.agents().stream().anyMatch(a -> ev.targets().stream().anyMatch(t -> t.key().equals(a.key())))) {
            f.add("agent-is-target");
        }
        return f;
    }

    private static String kinds(List<Actor> actors) {
        return actors.stream().map(a -> a.type() != null ? a.type() : a.kind().className()).distinct().sorted()
                .reduce((a, b) -> a + "+" + b).orElse("none");
    }

    private static String bucket(int n) {
        return n <= 2 ? String.valueOf(n) : n <= 5 ? "3-5" : "6+";
    }

    private static Sentence sentenceOf(Extraction x, EventFrame ev) {
        if (ev.triggerSpan() != null) {
            for (int i : ev.sentences()) {
                Sentence s = x.text().sentences().get(i);
                if (s.span().begin() <= ev.triggerSpan().begin() && ev.triggerSpan().begin() < s.span().end()) {
                    return s;
                }
            }
        }
        return x.text().sentences().get(ev.firstSentence());
    }

    private static int triggerToken(Sentence s, EventFrame ev) {
        if (ev.triggerSpan() == null) {
            return -1;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).span().begin() >= ev.triggerSpan().begin()) {
                return i;
            }
        }
        return -1;
    }

    /** Inside a quotation: an odd number of quotation marks stands before the trigger in its sentence. */
    private static boolean quoted(Sentence s, EventFrame ev) {
        if (ev.triggerSpan() == null) {
            return false;
        }
        int upTo = Math.max(0, Math.min(s.text().length(), ev.triggerSpan().begin() - s.span().begin()));
        long marks = s.text().substring(0, upTo).chars().filter(c -> c == '"' || c == '\u201c' || c == '\u201d').count();
        return marks % 2 == 1;
    }

    private static String word(Sentence s, int i) {
        if (i < 0) return "<s>";
        if (i >= s.size()) return "</s>";
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** How the actor is named in the event's sentence (name, role, pronoun...), or "elsewhere" when it is not. */
    private static String namedAs(Extraction x, Actor a, int sentence) {
        return x.mentions().stream().filter(m -> m.sentence() == sentence && m.actor().key().equals(a.key()))
                .map(m -> m.form().name().toLowerCase(Locale.ROOT)).findFirst().orElse("elsewhere");
    }
}
