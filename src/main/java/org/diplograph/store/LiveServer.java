package org.diplograph.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@code diplograph serve} running on a database folder, as another process finds it: the file
 * {@value #FILE} that the server leaves in the folder while it runs (its process, port and a secret, readable
 * only by the user who started it), so that {@code ingest}, {@code query} and the rest go through the server
 * instead of failing on TDB2's lock.
 *
 * <pre>
 * Optional&lt;LiveServer&gt; live = LiveServer.find(Path.of("data/tdb2"));   // empty when nothing serves it
 * live.ifPresent(s -&gt; s.location().authenticate(LiveServer.OWNER, s.secret()));
 * </pre>
 *
 * Design decision: the secret is the password of a user ({@value #OWNER}) the server adds to its own password
 * file, and the server takes it only from loopback addresses; the file that carries it has mode 0600, so only the
 * user who started the server (and root) can write through it. Nobody else's access changes: an anonymous update is
 * refused as before. A file left behind by a killed server is recognised (its process is gone, or nothing answers
 * on its port) and removed by the next command that finds it.
 */
public record LiveServer(Path database, long pid, String host, int port, String secret) {
    /** The file in the database folder. */
    public static final String FILE = "diplograph-server.properties";
    /** The user the secret logs in as. */
    public static final String OWNER = "diplograph-owner";

    /** A fresh secret: 32 random bytes, base64url. */
    public static String newSecret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The dataset's URL, from this machine. */
    public URI endpoint() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port + "/diplomacy");
    }

    /** The server as a store: its dataset over HTTP, with the owner's login for writes. */
    public StoreLocation location() {
        StoreLocation where = StoreLocation.endpoint(endpoint());
        where.authenticate(OWNER, secret);
        return where;
    }

    /**
     * Writes the file into the database folder (mode 0600, written whole then moved into place); returns it, for
     * {@link #withdraw}.
     */
    public Path publish() throws IOException {
        Path file = database.resolve(FILE);
        Path tmp = database.resolve(FILE + "." + pid + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // not a POSIX file system
        }
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("host", host);
        p.setProperty("port", Integer.toString(port));
        p.setProperty("user", OWNER);
        p.setProperty("secret", secret);
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "diplograph serve is running on this database; removed when it stops. Do not share: the secret lets "
                    + "its holder write to the database.");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Removes the file if it is still this server's. */
    public void withdraw() {
        try {
            Optional<LiveServer> there = read(database);
            if (there.isPresent() && there.get().pid() == pid && there.get().port() == port) {
                Files.deleteIfExists(database.resolve(FILE));
            }
        } catch (IOException | RuntimeException e) {
            // nothing to withdraw
        }
    }

    /**
     * The server running on this database folder, if one is: its file is there, its process lives and its port
     * answers. A file left by a server that is gone is removed.
     *
     * @throws IllegalStateException when a server is there but its file cannot be read (another user's server)
     */
    public static Optional<LiveServer> find(Path database) {
        Optional<LiveServer> found;
        try {
            found = read(database);
        } catch (AccessDeniedException e) {
            throw new IllegalStateException("'" + database + "' is being served by another user's 'diplograph serve' (its "
                    + FILE + " is not readable by you): ask them to stop it, or query its URL with --endpoint");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (found.isEmpty()) {
            return found;
        }
        LiveServer s = found.get();
        boolean alive = ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false);
        if (alive && s.answers()) {
            return found;
        }
        if (!alive) {
            try {
                Files.deleteIfExists(database.resolve(FILE)); // left by a server that was killed
            } catch (IOException e) {
                // someone else's folder: the file stays, and is ignored
            }
        }
        return Optional.empty();
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint().getHost().replaceAll("[\\[\\]]", ""), port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<LiveServer> read(Path database) throws IOException {
        Path file = database.resolve(FILE);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new LiveServer(database, Long.parseLong(p.getProperty("pid").strip()), p.getProperty("host").strip(),
                Integer.parseInt(p.getProperty("port").strip()), p.getProperty("secret").strip()));
    }

    @Override
    public String toString() {
        return "process " + pid + " at " + endpoint();
    }
}
