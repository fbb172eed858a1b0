package org.diplograph.extract.knowledge;

import java.util.List;

/** A state as countries.tsv lists it. */
public record Country(String iso, String name, List<String> aliases, List<String> demonyms, List<String> metonyms) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
    }

    /** The adjective of nationality ("French"), or the name when the gazetteer has none. */
    public String demonym() {
        return demonyms.isEmpty() ? name : demonyms.get(0);
    }
}
