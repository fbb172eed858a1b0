package org.diplograph.extract.knowledge;

/**
 * What links one of our actors to the rest of the world, from identifiers.tsv. Any part may be null.
 *
 * @param wikidata the Wikidata item ("Q30")
 * @param iso3     ISO 3166-1 alpha-3, for a state ("USA")
 * @param cameo    the CAMEO actor code: a country code for a state ("USA", "KSV"), an IGO, NGO or group code for an
 *                 organization ("IGOWSTNAT"); a person's code is made from their state's and their role
 */
public record ActorIds(String wikidata, String iso3, String cameo) {
    public static final ActorIds NONE = new ActorIds(null, null, null);

    /** The Wikidata item as an IRI, or null. */
    public String wikidataIri() {
        return wikidata == null ? null : "http://www.wikidata.org/entity/" + wikidata;
    }
}
