package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class DurationConverterTest {
    @Test
    void reads_seconds_minutes_milliseconds_and_bare_numbers() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ofSeconds(60), c.convert("60s"));
        assertEquals(Duration.ofMinutes(5), c.convert("5m"));
        assertEquals(Duration.ofMillis(500), c.convert("500ms"));
        assertEquals(Duration.ofSeconds(90), c.convert("90"));
        assertEquals(Duration.ZERO, c.convert("0"));
    }

    @Test
    void refuses_other_forms() {
        assertThrows(CommandLine.TypeConversionException.class, () -> new DurationConverter().convert("a minute"));
    }
}
