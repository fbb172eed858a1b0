package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.diplograph.eval.ActorCheck;
import org.diplograph.eval.Counts;
import org.diplograph.eval.DocumentScore;
import org.diplograph.eval.EventPair;
import org.diplograph.eval.GoldEvent;
import org.diplograph.eval.Score;
import org.diplograph.eval.Verdict;

/** The report of {@code eval}, as text for people or JSON for scripts. */
final class EvalReport {
    enum Format { text, json }

    private final String goldDir;
    private final Score score;
    private final int unreadable;

    EvalReport(String goldDir, Score score, int unreadable) {
        this.goldDir = goldDir;
        this.score = score;
        this.unreadable = unreadable;
    }

    void text(PrintWriter out, boolean verbose) {
        for (DocumentScore d : score.documents()) {
            Counts l = d.lenient();
            out.printf(Locale.ROOT, "== %s: lenient P=%.3f R=%.3f F1=%.3f (%d of %d gold events, %d extracted)%s%n",
                    d.id(), l.precision(), l.recall(), l.f1(), l.matched(), l.gold(), l.predicted(),
                    d.failure() == null ? "" : " FAILED: " + d.failure());
            for (GoldEvent g : d.missed()) {
                out.println("   missed   " + g.describe() + (g.date() == null ? "" : " on " + g.date()));
                if (g.evidence() != null) {
                    out.println("            \"" + g.evidence() + "\"");
                }
            }
            for (EventPair p : d.spurious()) {
                out.println("   spurious " + p.describe() + (p.date() == null ? "" : " on " + p.date()));
                if (p.evidence() != null) {
                    out.println("            \"" + p.evidence() + "\"");
                }
            }
            if (verbose) {
                details(out, d);
            }
        }
        out.println();
        summary(out);
    }

    private static void details(PrintWriter out, DocumentScore d) {
        for (DocumentScore.Match m : d.matches()) {
            if (!m.gold().type().equals(m.pair().type())) {
                out.println("   class    " + m.gold().describe() + " read as " + m.pair().type());
            }
            if (m.wrongDate()) {
                out.println("   date     " + m.gold().describe() + ": gold " + m.gold().date() + ", extracted "
                        + (m.pair().date() == null ? "none" : m.pair().date()));
            }
        }
        for (DocumentScore.ModalOutcome o : d.modal()) {
            String what = o.found() ? "found as " + o.gold().modality() : "not found as " + o.gold().modality()
                    + (o.readAs().isEmpty() ? "" : " (read as " + String.join(", ", o.readAs()) + ")");
            out.println("   modal    " + o.gold().describe() + ": " + what + (o.assertedAsFact() ? ", ASSERTED AS A FACT" : ""));
        }
        for (ActorCheck a : d.actors()) {
            if (a.found() == null) {
                out.println("   actor    " + a.gold().name() + " (" + a.gold().kind() + "): not found");
                continue;
            }
            StringBuilder sb = new StringBuilder();
            if (a.kind() == Verdict.WRONG) {
                sb.append("; kind ").append(a.found().kinds()).append(", gold ").append(a.gold().kind());
            }
            if (a.office() != null && a.office() != Verdict.RIGHT) {
                sb.append("; office ").append(verdictWord(a.office())).append(": ")
                        .append(a.found().titles().isEmpty() ? "none" : a.found().titles())
                        .append(", gold '").append(a.gold().role()).append('\'');
            }
            if (a.country() != null && a.country() != Verdict.RIGHT) {
                sb.append("; country ").append(verdictWord(a.country())).append(": ")
                        .append(a.found().countries().isEmpty() ? "none" : a.found().countries())
                        .append(", gold '").append(a.gold().country()).append('\'');
            }
            if (!sb.isEmpty()) {
                out.println("   actor    " + a.gold().name() + " as '" + a.found().label() + "'" + sb);
            }
        }
    }

    private void summary(PrintWriter out) {
        Counts s = score.strict(), l = score.lenient();
        out.printf(Locale.ROOT, "Scored %d articles of %s (%d extractions failed, %d annotations unreadable): "
                        + "%d gold events, %d extracted event pairs%n",
                score.documents().size(), goldDir, score.failures(), unreadable, l.gold(), l.predicted());
        out.println("           P      R      F1");
        out.printf(Locale.ROOT, "strict     %.3f  %.3f  %.3f%n", s.precision(), s.recall(), s.f1());
        out.printf(Locale.ROOT, "lenient    %.3f  %.3f  %.3f%n", l.precision(), l.recall(), l.f1());
        out.printf(Locale.ROOT, "dates      %d/%d = %s right on matched events with a gold date%n",
                score.datesRight(), score.datesGold(), ratio(score.datesRight(), score.datesGold()));
        out.printf(Locale.ROOT, "modal      %d/%d found with their modality, %d asserted as facts%n",
                score.modalFound(), score.modalGold(), score.modalAssertedAsFacts());
        List<ActorCheck> actors = score.actors();
        long found = count(actors, a -> a.found() != null);
        out.printf(Locale.ROOT, "actors     %d/%d found (%s); kind right %d/%d; all right %d/%d (%s)%n",
                found, actors.size(), ratio(found, actors.size()),
                count(actors, a -> a.kind() == Verdict.RIGHT), count(actors, a -> a.kind() != null),
                count(actors, ActorCheck::allRight), actors.size(), ratio(count(actors, ActorCheck::allRight), actors.size()));
        out.printf(Locale.ROOT, "  office   %s of %d found with a gold role%n",
                verdicts(actors, ActorCheck::office, true), count(actors, a -> a.office() != null));
        out.printf(Locale.ROOT, "  country  %s of %d found with a gold country%n",
                verdicts(actors, ActorCheck::country, false), count(actors, a -> a.country() != null));
        out.printf(Locale.ROOT, "strict P=%.3f R=%.3f F1=%.3f | lenient P=%.3f R=%.3f F1=%.3f | dates %d/%d%n",
                s.precision(), s.recall(), s.f1(), l.precision(), l.recall(), l.f1(), score.datesRight(), score.datesGold());
    }

    private static String verdicts(List<ActorCheck> actors, Function<ActorCheck, Verdict> f, boolean partial) {
        return count(actors, a -> f.apply(a) == Verdict.RIGHT) + " right, "
                + (partial ? count(actors, a -> f.apply(a) == Verdict.PARTIAL) + " partial, " : "")
                + count(actors, a -> f.apply(a) == Verdict.WRONG) + " wrong, "
                + count(actors, a -> f.apply(a) == Verdict.MISSING) + " missing";
    }

    void json(PrintWriter out) {
        JsonObject root = new JsonObject();
        JsonObject summary = new JsonObject();
        summary.put("gold_dir", goldDir);
        summary.put("documents", score.documents().size());
        summary.put("failed", score.failures());
        summary.put("unreadable", unreadable);
        summary.put("strict", counts(score.strict()));
        summary.put("lenient", counts(score.lenient()));
        JsonObject dates = new JsonObject();
        dates.put("right", score.datesRight());
        dates.put("gold", score.datesGold());
        dates.put("accuracy", number(score.dateAccuracy()));
        summary.put("dates", dates);
        JsonObject modal = new JsonObject();
        modal.put("gold", score.modalGold());
        modal.put("found_with_modality", score.modalFound());
        modal.put("asserted_as_facts", score.modalAssertedAsFacts());
        summary.put("modal", modal);
        List<ActorCheck> actors = score.actors();
        JsonObject a = new JsonObject();
        a.put("gold", actors.size());
        a.put("found", count(actors, x -> x.found() != null));
        a.put("all_right", count(actors, ActorCheck::allRight));
        a.put("kind", verdictCounts(actors, ActorCheck::kind));
        a.put("office", verdictCounts(actors, ActorCheck::office));
        a.put("country", verdictCounts(actors, ActorCheck::country));
        summary.put("actors", a);
        root.put("summary", summary);

        JsonArray docs = new JsonArray();
        for (DocumentScore d : score.documents()) {
            JsonObject o = new JsonObject();
            o.put("id", d.id());
            o.put("failure", d.failure() == null ? JsonNull.instance : new JsonString(d.failure()));
            o.put("strict", counts(d.strict()));
            o.put("lenient", counts(d.lenient()));
            JsonArray missed = new JsonArray();
            d.missed().forEach(g -> missed.add(gold(g)));
            o.put("missed", missed);
            JsonArray spurious = new JsonArray();
            d.spurious().forEach(p -> spurious.add(pair(p)));
            o.put("spurious", spurious);
            JsonArray matched = new JsonArray();
            for (DocumentScore.Match m : d.matches()) {
                JsonObject mo = new JsonObject();
                mo.put("gold", gold(m.gold()));
                mo.put("extracted", pair(m.pair()));
                matched.add(mo);
            }
            o.put("matched", matched);
            JsonArray modals = new JsonArray();
            for (DocumentScore.ModalOutcome m : d.modal()) {
                JsonObject mo = gold(m.gold());
                mo.put("found_with_modality", m.found());
                mo.put("asserted_as_fact", m.assertedAsFact());
                JsonArray readAs = new JsonArray();
                m.readAs().forEach(readAs::add);
                mo.put("read_as", readAs);
                modals.add(mo);
            }
            o.put("modal", modals);
            JsonArray acts = new JsonArray();
            for (ActorCheck c : d.actors()) {
                JsonObject co = new JsonObject();
                co.put("name", c.gold().name());
                co.put("found", c.found() == null ? JsonNull.instance : new JsonString(c.found().label()));
                co.put("kind", verdict(c.kind()));
                co.put("office", verdict(c.office()));
                co.put("country", verdict(c.country()));
                acts.add(co);
            }
            o.put("actors", acts);
            docs.add(o);
        }
        root.put("documents", docs);
        out.println(JSON.toString(root));
    }

    private static JsonObject counts(Counts c) {
        JsonObject o = new JsonObject();
        o.put("matched", c.matched());
        o.put("predicted", c.predicted());
        o.put("gold", c.gold());
        o.put("precision", number(c.precision()));
        o.put("recall", number(c.recall()));
        o.put("f1", number(c.f1()));
        return o;
    }

    private static JsonObject verdictCounts(List<ActorCheck> actors, Function<ActorCheck, Verdict> f) {
        JsonObject o = new JsonObject();
        for (Verdict v : Verdict.values()) {
            o.put(v.name().toLowerCase(Locale.ROOT), count(actors, a -> f.apply(a) == v));
        }
        return o;
    }

    private static JsonObject gold(GoldEvent g) {
        JsonObject o = new JsonObject();
        o.put("type", g.type());
        o.put("agent", strings(g.agents()));
        o.put("target", strings(g.targets()));
        o.put("date", g.date() == null ? JsonNull.instance : new JsonString(g.date()));
        if (g.modality() != null) {
            o.put("modality", g.modality());
        }
        o.put("evidence", g.evidence() == null ? JsonNull.instance : new JsonString(g.evidence()));
        return o;
    }

    private static JsonObject pair(EventPair p) {
        JsonObject o = new JsonObject();
        o.put("type", p.type());
        o.put("agent", p.agent().label());
        o.put("target", p.target() == null ? JsonNull.instance : new JsonString(p.target().label()));
        o.put("date", p.date() == null ? JsonNull.instance : new JsonString(p.date()));
        o.put("modality", p.modality());
        o.put("evidence", p.evidence() == null ? JsonNull.instance : new JsonString(p.evidence()));
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonValue number(double v) {
        return Double.isNaN(v) ? JsonNull.instance : org.apache.jena.atlas.json.JsonNumber.valueDecimal(String.format(Locale.ROOT, "%.4f", v));
    }

    private static JsonValue verdict(Verdict v) {
        return v == null ? JsonNull.instance : new JsonString(v.name().toLowerCase(Locale.ROOT));
    }

    private static String verdictWord(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    private static long count(List<ActorCheck> actors, Predicate<ActorCheck> p) {
        return actors.stream().filter(p).count();
    }

    private static String ratio(long n, long d) {
        return d == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) n / d);
    }
}
