package org.diplograph.extract.knowledge;

import java.util.List;

/**
 * A part of a state named after the state ("foreign ministry", "officials"), from bodies.tsv.
 *
 * @param words lemmas of the words after the demonym
 * @param label the organization's name with {demonym}/{name} placeholders, or empty for the state itself
 * @param role  organ, state or source
 */
public record Body(List<String> words, String label, Role role) {
    public enum Role { ORGAN, STATE, SOURCE }

    public Body {
        words = List.copyOf(words);
    }

    public String labelFor(Country country) {
        return label.replace("{demonym}", country.demonym()).replace("{name}", country.name());
    }
}
