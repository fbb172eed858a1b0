package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The last segment of an article's IRI (and graph name) made from its {@code id}: the id itself wherever the
 * IRI syntax allows it, so that it stays recognisable, and percent-encoded (UTF-8) elsewhere, so that two
 * different ids never give the same name.
 *
 * <pre>
 * ArticleNames.fromId("001-gaza")   // 001-gaza
 * ArticleNames.fromId("Article 1")  // Article%201
 * ArticleNames.fromId("ARTICLE-1!") // ARTICLE-1%21
 * ArticleNames.fromId("新闻")        // 新闻 (letters of any script are kept)
 * </pre>
 *
 * Design decision: an earlier scheme kept only {@code a-z0-9} of the id, so "Article 1", "article_1" and
 * "ARTICLE-1!" shared one graph and every non-Latin id became {@code x}, and articles silently replaced each
 * other. Percent-encoding is lossless (decoding gives the id back), hence injective; the two exceptions are
 * made injective too:
 * <ul>
 * <li>an id longer than {@value #MAX_KEPT} characters keeps its first ones and gets {@code ~} and a hash of the
 * whole id: {@code ~} is always percent-encoded in the first form, so the two forms never meet;</li>
 * <li>the names made from a URL or a text ({@code u-} or {@code t-} and 20 hex digits) never contain {@code %},
 * so an id that looks like one gets its hyphen encoded.</li>
 * </ul>
 */
public final class ArticleNames {
    /** Ids longer than this (in characters of the encoded name) are cut and given a hash. */
    static final int MAX_KEPT = 100;
    private static final Pattern HASH_NAME = Pattern.compile("[ut]-[0-9a-f]{20}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArticleNames() {
    }

    /** The name for an article id (not blank). */
    public static String fromId(String id) {
        StringBuilder name = new StringBuilder();
        boolean allDots = id.chars().allMatch(c -> c == '.');
        for (int i = 0; i < id.length(); ) {
            int before = name.length();
            int cp = id.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isSurrogate(id.charAt(i)) && width == 1) {
                encodeLoneSurrogate(id.charAt(i), name);
            } else if (kept(cp) && !(cp == '.' && allDots)) {
                name.appendCodePoint(cp);
            } else {
                encode(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8), name);
            }
            i += width;
            if (name.length() > MAX_KEPT) {
                return name.substring(0, before) + "~" + hashOfChars(id);
            }
        }
        if (HASH_NAME.matcher(name).matches()) {
            name.replace(1, 2, "%2D");
        }
        return name.toString();
    }

    /** The name for an article known by its URL. */
    public static String fromUrl(String url) {
        return "u-" + RdfMapper.hash(url).substring(0, 20);
    }

    /**
     * The name for an article known by the path of its file ({@code news/2024/a.txt}): {@code file/} and each name of
     * the path as {@link #fromId} makes it, joined by "/". An id never gives a "/" (it is percent-encoded), so the two
     * never meet.
     */
    public static String fromPath(String path) {
        StringBuilder name = new StringBuilder("file");
        for (String part : path.split("/", -1)) {
            name.append('/').append(part.isEmpty() ? "%20" : fromId(part));
        }
        return name.toString();
    }

    /** The name for an article with neither id nor URL, from its text. */
    public static String fromText(String text) {
        return "t-" + RdfMapper.hash(text).substring(0, 20);
    }

    /**
     * Characters an IRI path segment takes as they are: ASCII letters, digits, {@code - . _}, and letters,
     * digits and combining marks of other scripts (all within the IRI's {@code ucschar} ranges). {@code ~} is
     * left out on purpose: it marks a cut name.
     */
    private static boolean kept(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '-' || cp == '.' || cp == '_';
        }
        if (cp < 0xA0) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    private static void encode(byte[] bytes, StringBuilder out) {
        for (byte b : bytes) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    /**
     * A lone surrogate (possible in JSON, {@code "\ud800"}) as the three bytes UTF-8 would give it if it allowed
     * one; Java's encoder would write {@code ?} instead, which would make {@code "a\ud800"} and {@code "a?"} meet.
     */
    private static void encodeLoneSurrogate(char c, StringBuilder out) {
        encode(new byte[] {(byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))}, out);
    }

    /**
     * 16 hex digits of the SHA-256 of the id's UTF-16 code units: unlike {@link RdfMapper#hash}, which encodes as
     * UTF-8, this tells apart ids that differ only in a lone surrogate.
     */
    private static String hashOfChars(String id) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                digest.update((byte) (c >> 8));
                digest.update((byte) c);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
