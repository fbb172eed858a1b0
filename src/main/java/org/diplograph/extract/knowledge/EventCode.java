package org.diplograph.extract.knowledge;

/**
 * How event coders would code one event: its CAMEO code and its PLOVER type, mode and context, as event-codes.tsv
 * gives them. Mode and context may be null; PLOVER has no type for a plain statement (CAMEO 01), so the type may be
 * null too.
 *
 * @param cameo         the CAMEO event code, digits kept as text ("043", "1621")
 * @param ploverType    the PLOVER event type ("CONSULT"), or null
 * @param ploverMode    the PLOVER mode ("host", "phone"), or null
 * @param ploverContext the PLOVER context ("economic", "diplomatic"), or null
 */
public record EventCode(String cameo, String ploverType, String ploverMode, String ploverContext) {
}
