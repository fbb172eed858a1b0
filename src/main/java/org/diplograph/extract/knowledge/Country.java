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

    /** Whether one of the state's names has this word ("kingdom" in "Kingdom of Saudi Arabia", "emirate" in "the Emirates"). */
    public boolean isNamedWith(String word) {
        java.util.regex.Pattern w = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word),
                java.util.regex.Pattern.CASE_INSENSITIVE);
        return w.matcher(name).find() || aliases.stream().anyMatch(a -> w.matcher(a).find());
    }
}
