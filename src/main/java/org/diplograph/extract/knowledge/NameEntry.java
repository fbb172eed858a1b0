package org.diplograph.extract.knowledge;

import org.diplograph.model.Office;

/**
 * One surface form the gazetteer can find in text, and what it names (exactly one of the four referents is set).
 *
 * @param surface       the form as written in the data file
 * @param caseSensitive whether case must match ("US" must not match the pronoun "us"; office titles need not)
 * @param kind          what sort of thing it names
 */
public record NameEntry(String surface, boolean caseSensitive, Kind kind, Country country, OrganizationEntry organization,
                        PersonEntry person, Office office) {
    public enum Kind { COUNTRY, DEMONYM, METONYM, ORGANIZATION, PERSON, OFFICE }
}
