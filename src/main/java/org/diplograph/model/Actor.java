package org.diplograph.model;

/**
 * A diplomatic actor: a person, a state or an organization, identified by a key that is the same in every
 * article ({@code person/antony-blinken}, {@code state/us}, {@code org/unsc}).
 *
 * @param key          stable identity; the actor's IRI is made from it
 * @param kind         person, state or organization
 * @param label        canonical name, e.g. "Antony Blinken", "United States"
 * @param type         finer type of an organization (InternationalOrganization, GovernmentBody, ArmedGroup,
 *                     NewsOutlet ...), null otherwise
 * @param office       the office of a person, or null
 * @param country      ISO2 of the person's or organization's state, or of the state itself; null if unknown
 * @param organization key of the organization a person or body belongs to, or null
 * @param role         free text role found in the article ("member of the political bureau"), or null
 */
public record Actor(String key, ActorKind kind, String label, String type, Office office, String country,
                    String organization, String role) {

    /** Whether its type is one of these; an actor of no known type (an organization no file lists) is of none. */
    public boolean typeIn(java.util.Set<String> types) {
        return type != null && types.contains(type);
    }

    public boolean isNewsOutlet() {
        return "NewsOutlet".equals(type);
    }

    public Actor withOffice(Office newOffice, String newCountry) {
        return new Actor(key, kind, label, type, newOffice, newCountry != null ? newCountry : country, organization, role);
    }

    public Actor withRole(String newRole, String newOrganization) {
        return new Actor(key, kind, label, type, office, country, newOrganization != null ? newOrganization : organization, newRole);
    }

    @Override
    public String toString() {
        return label + " <" + key + ">";
    }
}
