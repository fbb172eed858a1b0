package org.diplograph.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.tukaani.xz.XZInputStream;

/**
 * A build step (bound to {@code process-classes} in pom.xml): recodes the XZ-compressed NLP4J models and lexica
 * that {@link DependencyParser} reads as Deflate streams under {@code nlp4j/} of the classes folder. The bytes
 * inside are unchanged (serialized Java objects); only the compression differs, because XZ decoding takes most of
 * the time of loading the parser and Deflate decodes about ten times faster.
 *
 * <pre>
 * java org.diplograph.nlp.ParserModelRecoder target/classes
 * </pre>
 */
public final class ParserModelRecoder {
    private ParserModelRecoder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ParserModelRecoder CLASSES_FOLDER");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        // one resource a core: the dependency model alone takes most of the time
        java.util.Arrays.stream(DependencyParser.Resource.values()).parallel().forEach(r -> {
            try {
                recode(r, out.resolve(r.recoded()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void recode(DependencyParser.Resource r, Path target) throws IOException {
        {
            if (Files.isRegularFile(target) && Files.size(target) > 0) {
                return;
            }
            long start = System.nanoTime();
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (InputStream in = ParserModelRecoder.class.getClassLoader().getResourceAsStream(r.original())) {
                if (in == null) {
                    throw new IOException("NLP4J resource '" + r.original() + "' is not on the classpath: the nlp4j-english dependency of pom.xml provides it");
                }
                try (InputStream xz = new XZInputStream(new BufferedInputStream(in, 1 << 16));
                     OutputStream deflate = new DeflaterOutputStream(Files.newOutputStream(partial), new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                    xz.transferTo(deflate);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("recoded %s -> %s (%,d bytes, %.1f s)%n", r.original(), r.recoded(), Files.size(target),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
