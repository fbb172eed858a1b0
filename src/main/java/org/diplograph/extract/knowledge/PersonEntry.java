package org.diplograph.extract.knowledge;

import java.util.List;

/** A well-known person as persons.tsv lists them, with the spellings news uses. */
public record PersonEntry(String name, List<String> variants, String office, String country, String organization) {
    public PersonEntry {
        variants = List.copyOf(variants);
    }
}
