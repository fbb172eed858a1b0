package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OfficeTitlesTest {
    @Test
    void compare_01() {
        assertEquals(Verdict.RIGHT, OfficeTitles.compare("Secretary-General", List.of("secretary general")));
        assertEquals(Verdict.PARTIAL, OfficeTitles.compare("Minister of Foreign Affairs", List.of("Foreign Minister")));
        assertEquals(Verdict.PARTIAL, OfficeTitles.compare("Ambassador to the United Nations", List.of("Ambassador")));
        assertEquals(Verdict.PARTIAL, OfficeTitles.compare("acting Foreign Minister", List.of("Foreign Minister")));
        assertEquals(Verdict.WRONG, OfficeTitles.compare("Vice President", List.of("President")));
        assertEquals(Verdict.WRONG, OfficeTitles.compare("Prime Minister", List.of("Minister")));
        assertEquals(Verdict.WRONG, OfficeTitles.compare("Permanent Representative to the United Nations", List.of("Ambassador")));
        assertEquals(Verdict.RIGHT, OfficeTitles.compare("President", List.of("Ambassador", "President")));
        assertEquals(Verdict.MISSING, OfficeTitles.compare("President", List.of()));
    }
}
