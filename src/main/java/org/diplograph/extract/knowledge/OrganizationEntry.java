package org.diplograph.extract.knowledge;

import java.util.List;

/** An organization as organizations.tsv lists it. */
public record OrganizationEntry(String key, String label, String type, String country, List<String> aliases, boolean venue) {
    public OrganizationEntry {
        aliases = List.copyOf(aliases);
    }
}
