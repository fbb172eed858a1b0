package org.diplograph.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/** Reads a size such as {@code 16m}, {@code 2g}, {@code 500k} or {@code 4096} (bytes); the units are powers of 1024. */
public final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    private static final Pattern FORM = Pattern.compile("(\\d+)([kmg]?)b?");

    @Override
    public Long convert(String value) {
        Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size: give a number of bytes, or one with k, m or g, e.g. 16m or 2g");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large");
        }
        return n << shift;
    }
}
