package org.diplograph.model;

/** Whether an event is a reported fact or something else; the local names of the ontology's individuals. */
public enum Modality {
    ASSERTED("Asserted"),
    EXPECTED("Expected"),
    HYPOTHETICAL("Hypothetical"),
    NEGATED("Negated");

    private final String localName;

    Modality(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static Modality fromName(String name) {
        for (Modality m : values()) {
            if (m.localName.equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown modality '" + name + "': expected Asserted, Expected, Hypothetical or Negated");
    }

    /** The stronger of two: negation over hypothesis over expectation over assertion. */
    public Modality strongest(Modality other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case ASSERTED -> 0;
            case EXPECTED -> 1;
            case HYPOTHETICAL -> 2;
            case NEGATED -> 3;
        };
    }
}
