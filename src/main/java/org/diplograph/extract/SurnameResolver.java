package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Mention;

/**
 * Makes one actor of a person first met by surname and later by full name in the same article ("Secretary
 * Blinken's call with Foreign Minister Mutua" in a headline, "Kenyan Foreign Minister Alfred Mutua" in the
 * story): mentions and events of "Mutua" are given to "Alfred Mutua", when only one person of the article has
 * that surname and their countries do not disagree.
 */
final class SurnameResolver {
    private final Map<String, Actor> fullerActor = new HashMap<>();

    SurnameResolver(List<Mention> mentions) {
        Map<String, List<Actor>> bySurname = new HashMap<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            String[] words = a.label().split("\\s+");
            if (a.kind() == ActorKind.PERSON && words.length >= 2) {
                String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
                List<Actor> same = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
                if (same.stream().noneMatch(x -> x.key().equals(a.key()))) {
                    same.add(a);
                }
            }
        }
        List<Actor> people = mentions.stream().map(Mention::actor).filter(a -> a.kind() == ActorKind.PERSON)
                .collect(java.util.stream.Collectors.toMap(Actor::key, a -> a, (x, y) -> x, java.util.LinkedHashMap::new))
                .values().stream().toList();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            // a one-word surname ("Mutua") by the last word of the fuller name; a longer one ("Di Maio" in a headline
            // before "Luigi Di Maio") by how the fuller name ends
            String ending = " " + a.label().toLowerCase(Locale.ROOT);
            List<Actor> candidates = !a.label().contains(" ") ? bySurname.getOrDefault(a.label().toLowerCase(Locale.ROOT), List.of())
                    : people.stream().filter(b -> !b.key().equals(a.key()) && b.label().toLowerCase(Locale.ROOT).endsWith(ending)).toList();
            if (candidates.size() == 1 && compatible(a, candidates.get(0))) {
                fullerActor.put(a.key(), candidates.get(0));
            }
        }
    }

    private static boolean compatible(Actor a, Actor b) {
        return a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    private Actor resolve(Actor a) {
        return fullerActor.getOrDefault(a.key(), a);
    }

    List<Mention> mentions(List<Mention> mentions) {
        if (fullerActor.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> new Mention(resolve(m.actor()), m.sentence(), m.tokens(), m.span(), m.surface(), m.form()))
                .toList();
    }

    List<EventFrame> events(List<EventFrame> events) {
        if (fullerActor.isEmpty()) {
            return events;
        }
        return events.stream().map(e -> new EventFrame(e.type(), e.agents().stream().map(this::resolve).distinct().toList(),
                e.targets().stream().map(this::resolve).distinct().toList(), e.object(),
                e.venue() == null ? null : resolve(e.venue()), e.date(), e.modality(), e.sentences(), e.trigger(),
                e.triggerSpan())).toList();
    }
}
