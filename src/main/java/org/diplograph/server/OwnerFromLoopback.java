package org.diplograph.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with 403, any request that logs in as the server's owner ({@code diplograph-owner}, whose password is
 * the secret in the database folder) from an address that is not this machine's loopback: the secret lets local
 * commands write through the server, never a remote client, whatever {@code --host} opens.
 */
final class OwnerFromLoopback extends HttpFilter {
    private static final Pattern DIGEST_USER = Pattern.compile("username=\"([^\"]*)\"");
    private final String owner;

    OwnerFromLoopback(String owner) {
        this.owner = owner;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (owner.equals(userOf(request.getHeader("Authorization"))) && !loopback(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "the user " + owner + " may write only from the machine the server runs on");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name an Authorization header (Basic or Digest) carries, or null. */
    static String userOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        String a = authorization.strip();
        String scheme = a.toLowerCase(Locale.ROOT);
        if (scheme.startsWith("basic ")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(a.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (scheme.startsWith("digest ")) {
            Matcher m = DIGEST_USER.matcher(a);
            return m.find() ? m.group(1) : null;
        }
        return null;
    }

    static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
