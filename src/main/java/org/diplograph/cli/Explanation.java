package org.diplograph.cli;

import org.diplograph.model.Actor;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Extraction;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/** A sentence-by-sentence account of an extraction, for people checking why an event came out or not. */
final class Explanation {
    private Explanation() {
    }

    static String of(Extraction x) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(x.article().origin()).append(" (published ").append(x.published()).append(")\n");
        for (Sentence s : x.text().sentences()) {
            sb.append("\n[").append(s.index()).append("] ");
            for (Token t : s.tokens()) {
                sb.append(t.text()).append('/').append(t.pos()).append(' ');
            }
            sb.append('\n');
            if (s.parsed()) {
                appendParse(sb, s);
            }
            for (Mention m : x.mentions()) {
                if (m.sentence() == s.index()) {
                    sb.append("   actor  ").append(m.form()).append(" '").append(m.surface()).append("' -> ")
                            .append(describe(m.actor())).append('\n');
                }
            }
            for (EventFrame e : x.events()) {
                if (e.sentences().contains(s.index())) {
                    sb.append("   event  ").append(e.type().localName()).append(' ').append(e.modality().localName())
                            .append(" '").append(e.trigger()).append("' ")
                            .append(e.agents().stream().map(Actor::label).toList()).append(" -> ")
                            .append(e.targets().stream().map(Actor::label).toList());
                    if (e.object() != null) sb.append(" object='").append(e.object()).append('\'');
                    if (e.venue() != null) sb.append(" venue=").append(e.venue().label());
                    if (e.date() != null) sb.append(" date=").append(e.date());
                    if (e.confidence() != null) sb.append(String.format(java.util.Locale.ROOT, " confidence=%.3f", e.confidence()));
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** One line a token: its index, word, Penn tag, relation, head and name tag, as in CoNLL. */
    private static void appendParse(StringBuilder sb, Sentence s) {
        Parse p = s.parse();
        for (int i = 0; i < s.size(); i++) {
            Parse.Arc a = p.arcs().get(i);
            String head = a.head() < 0 ? "ROOT" : a.head() + ":" + s.token(a.head()).text();
            sb.append(String.format(java.util.Locale.ROOT, "   %3d %-18s %-5s %-10s <- %-20s %s%n", i, s.token(i).text(), a.tag(),
                    a.relation(), head, "O".equals(a.entity()) ? "" : a.entity()));
        }
    }

    private static String describe(Actor a) {
        StringBuilder sb = new StringBuilder(a.label()).append(" <").append(a.key()).append('>');
        if (a.office() != null) sb.append(" office=").append(a.office().label());
        if (a.country() != null) sb.append(" country=").append(a.country());
        if (a.role() != null) sb.append(" role=").append(a.role());
        return sb.toString();
    }
}
