package org.diplograph.eval;

import java.util.List;

/**
 * One actor of a gold file, as the article presents it.
 *
 * @param name    the canonical name ("Antony Blinken", "United States")
 * @param kind    "Person", "State" or "Organization"
 * @param role    the office title as the article gives it ("Secretary of State"), or null
 * @param country the canonical name of the actor's state, or null
 * @param aliases the other forms the article uses ("Blinken", "Washington")
 */
public record GoldActor(String name, String kind, String role, String country, List<String> aliases) {
    public GoldActor {
        aliases = List.copyOf(aliases);
    }
}
