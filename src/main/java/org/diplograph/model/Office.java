package org.diplograph.model;

/**
 * An office as the gazetteer knows it ("Secretary of State", "Foreign Minister").
 *
 * @param key      stable key from offices.tsv
 * @param label    canonical office name
 * @param function what the office does ("foreign", "defence"), used to find counterparts
 * @param scope    ISO2 of the one state that has it, {@code *} for an office every state has, or
 *                 {@code org:KEY} for an office of an organization
 */
public record Office(String key, String label, String function, String scope) {
    public boolean isGeneric() {
        return "*".equals(scope);
    }

    /** The state this office belongs to by itself, or null when the title alone does not say. */
    public String stateIso() {
        return isGeneric() || scope.startsWith("org:") ? null : scope;
    }

    /** The words of its label, lower case, split at spaces and hyphens: "Secretary-General" is "secretary", "general". */
    public java.util.List<String> titleWords() {
        return java.util.List.of(label.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"));
    }

    /** The organization this office belongs to, or null. */
    public String organizationKey() {
        return scope.startsWith("org:") ? scope.substring(4) : null;
    }
}
