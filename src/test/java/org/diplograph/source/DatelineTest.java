package org.diplograph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void dateline_place_and_day_without_year() {
        Dateline d = Dateline.parse("Washington. May 20. Israeli Foreign Minister Gabi Ashkenazi told ...").orElseThrow();
        assertEquals("Washington", d.place());
        assertEquals(MonthDay.of(5, 20), d.day());
        assertTrue(d.date().isEmpty(), "no year, no date");
        assertEquals("Washington. May 20.".length(), d.end());
    }

    @Test
    void dateline_in_capitals_with_dash() {
        Dateline d = Dateline.parse("MOSCOW, March 3 - Russia said ...").orElseThrow();
        assertEquals("MOSCOW", d.place());
        assertEquals(MonthDay.of(3, 3), d.day());
    }

    @Test
    void dateline_of_two_places_with_a_day() {
        Dateline d = Dateline.parse("KYIV/WARSAW, Feb 24 - Poland said ...").orElseThrow();
        assertEquals("KYIV/WARSAW", d.place());
        assertEquals(MonthDay.of(2, 24), d.day());
        assertEquals("Poland said ...", "KYIV/WARSAW, Feb 24 - Poland said ...".substring(d.end()).strip());
    }

    @Test
    void dateline_with_year_fixes_the_date() {
        Dateline d = Dateline.parse("KYIV, Feb. 9, 2023 - Ukraine's foreign minister ...").orElseThrow();
        assertEquals(LocalDate.of(2023, 2, 9), d.date().orElseThrow());
    }

    @Test
    void dateline_day_before_month() {
        Dateline d = Dateline.parse("Vienna, 14 July 2015 -- Iran and six powers ...").orElseThrow();
        assertEquals(LocalDate.of(2015, 7, 14), d.date().orElseThrow());
    }

    @Test
    void dateline_after_a_headline() {
        String text = "Russia vetoes resolution\nUNITED NATIONS, Oct 1 - Russia on Friday vetoed a draft.";
        Dateline d = Dateline.parse(text).orElseThrow();
        assertEquals("UNITED NATIONS", d.place());
        assertEquals(text.indexOf("Russia on"), d.end() + 1);
    }

    @Test
    void dateline_after_a_headline_and_a_byline() {
        String text = "Blinken, Lavrov meet in Geneva\nBy Jane Doe\nGENEVA, Jan. 21, 2022 (Reuters) - The two ministers met.";
        assertEquals(java.time.LocalDate.of(2022, 1, 21), Dateline.parse(text).orElseThrow().date().orElseThrow());
    }

    @Test
    void ordinary_sentence_is_no_dateline() {
        assertTrue(Dateline.parse("France circulated its draft resolution on Wednesday.").isEmpty());
        assertTrue(Dateline.parse("Paris, the French capital, hosted the talks.").isEmpty());
    }

    @Test
    void a_wire_dateline_of_places_in_capitals_and_an_agency_has_no_day() {
        Dateline d = Dateline.parse("BRASILIA/BUENOS AIRES (Reuters) - Brazil and Argentina signed a trade pact.").orElseThrow();
        assertEquals("BRASILIA/BUENOS AIRES", d.place());
        assertEquals(null, d.day());
        assertTrue(d.date().isEmpty());
        assertEquals("BRASILIA/BUENOS AIRES (Reuters) -".length(), d.end());
        assertEquals("KHARTOUM", Dateline.parse("KHARTOUM, Sudan (AP) \u2014 The envoy arrived.").orElseThrow().place());
        assertTrue(Dateline.parse("NATO allies (most of them) - and Japan - agreed.").isEmpty());
    }
}
