package org.diplograph.model;

/** The three kinds of actor of the ontology: {@code dip:Person}, {@code dip:State}, {@code dip:Organization}. */
public enum ActorKind {
    PERSON("Person", "person"),
    STATE("State", "state"),
    ORGANIZATION("Organization", "org");

    private final String className;
    private final String iriSegment;

    ActorKind(String className, String iriSegment) {
        this.className = className;
        this.iriSegment = iriSegment;
    }

    /** The local name of the ontology class. */
    public String className() {
        return className;
    }

    /** The path segment of this kind's IRIs, e.g. {@code person} in {@code .../id/person/antony-blinken}. */
    public String iriSegment() {
        return iriSegment;
    }
}
