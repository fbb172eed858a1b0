package org.diplograph.eval;

/** How one attribute of an extracted actor compares with the gold. */
public enum Verdict {
    /** as the gold says */
    RIGHT,
    /** close: an office title that names the same post in fewer or other words (see {@link OfficeTitles}) */
    PARTIAL,
    /** something else */
    WRONG,
    /** the extraction gives none */
    MISSING
}
