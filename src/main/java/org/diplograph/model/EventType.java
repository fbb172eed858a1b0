package org.diplograph.model;

/** The event classes of the contract; {@link #localName()} is the class's local name in the ontology. */
public enum EventType {
    PHONE_CALL("PhoneCall", true),
    MEETING("Meeting", true),
    VISIT("Visit", true),
    TALKS("Talks", true),
    CONSULT("Consult", true),
    STATEMENT("Statement", false),
    SUPPORT("Support", false),
    OPPOSE("Oppose", false),
    BLOCK("Block", false),
    PROPOSE("Propose", false),
    APPEAL("Appeal", false),
    AGREE("Agree", false),
    REJECT("Reject", false),
    CONDEMN("Condemn", false),
    THREATEN("Threaten", false),
    SANCTION("Sanction", false);

    private final String localName;
    private final boolean communication;

    EventType(String localName, boolean communication) {
        this.localName = localName;
        this.communication = communication;
    }

    public String localName() {
        return localName;
    }

    /** True for the subclasses of {@code dip:Communication}: both parties take part, in either direction. */
    public boolean isCommunication() {
        return communication;
    }

    public static EventType fromName(String name) {
        for (EventType t : values()) {
            if (t.localName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown event class '" + name + "'");
    }
}
