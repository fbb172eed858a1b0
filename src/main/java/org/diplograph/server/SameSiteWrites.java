package org.diplograph.server;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with 403, a request that could change the dataset when a browser says it comes from another site.
 *
 * <p>Why: a browser keeps the Basic login a user typed into the Fuseki UI and sends it again with every request to
 * the server, also with a form that any other web page posts to {@code /diplomacy/update} ({@code update=DROP ALL}):
 * a cross-site request forgery that the login alone does not stop. Browsers name the page a request comes from in
 * {@code Origin} (and {@code Sec-Fetch-Site}); scripts, {@code curl} and diplograph's own commands send neither, and
 * the UI's own requests name the server itself, so they all pass. Reads are not checked: a page of another site cannot
 * read the answers (no CORS headers are sent).
 */
final class SameSiteWrites extends HttpFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!READS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && crossSite(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "A page of another site may not send this request to the "
                    + "dataset (Origin: " + request.getHeader("Origin") + "); open the Fuseki UI of this server, or send it "
                    + "from a script or diplograph's own commands");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a browser says the request comes from a page of another site: {@code Sec-Fetch-Site} is
     * {@code cross-site} or {@code same-site} (another port or subdomain), or {@code Origin} names another host and
     * port than the one asked ({@code Origin: null}, sent by sandboxed and file pages, counts as another site).
     */
    static boolean crossSite(String origin, String fetchSite, String host) {
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (site.equals("cross-site") || site.equals("same-site")) {
                return true;
            }
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if (host == null) {
            return true;
        }
        try {
            URI o = URI.create(origin.strip());
            if (o.getHost() == null) {
                return true;
            }
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            String expected = host.strip().toLowerCase(Locale.ROOT);
            if (!expected.matches(".*:\\d+$")) {
                expected = expected + ":80";
            }
            String named = (o.getHost().contains(":") && !o.getHost().startsWith("[") ? "[" + o.getHost() + "]" : o.getHost())
                    .toLowerCase(Locale.ROOT) + ":" + port;
            return !named.equals(expected);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
