package org.diplograph.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * Fuseki's management area {@code /$/} cut down to what the web UI reads, and nothing that changes the server.
 *
 * <p>Design decision: Jena's admin module ({@code FMod_Admin}) mounts every management operation (create and
 * delete datasets, backup, compact, tasks) with no access control of its own, and the UI module only needs the
 * server-control object it leaves behind. So instead of mounting it and filtering requests (a filter that tested
 * the raw path was walked around with {@code /$/validate/../datasets}), this module mounts only:
 * <ul>
 * <li>{@code /$/ping}, which the UI polls to show that the server is up;</li>
 * <li>{@code /$/server}, the dataset and endpoint list the UI draws its pages from (what
 * {@code fuseki-config.ttl} already says, plus the Jena version and uptime);</li>
 * <li>{@code /$/stats/diplomacy}, the request counts of the one dataset, which every dataset page of the UI
 * loads (without them it shows an error on each page); the statistics of the whole server stay closed;</li>
 * <li>the UI's own {@code /$/validate/*} syntax checks (mounted by {@code FMod_UI}; they parse the text posted
 * and never touch a dataset).</li>
 * </ul>
 * Operations that are not mounted cannot be reached through any spelling of their path. As a second wall,
 * {@link Guard} decides on the path the servlet container dispatches on (decoded and normalised), refuses
 * everything under {@code /$/} but the list above (the request statistics {@code FMod_UI} mounts included), and
 * refuses paths whose raw form differs from their normal form ({@code ..}, {@code //}, encoded slashes).
 */
final class UiManagement implements FusekiModule {
    /** The management paths anyone may use, with the methods they may use them with. */
    private static final Map<String, Set<String>> OPEN = Map.of(
            "/$/ping", Set.of("GET", "HEAD"),
            "/$/server", Set.of("GET", "HEAD"),
            "/$/stats" + DiplomacyServer.DATASET, Set.of("GET", "HEAD"),
            "/$/validate/query", Set.of("GET", "POST"),
            "/$/validate/update", Set.of("GET", "POST"),
            "/$/validate/iri", Set.of("GET", "POST"),
            "/$/validate/langtag", Set.of("GET", "POST"),
            "/$/validate/data", Set.of("GET", "POST"));

    private final Path runArea;

    /** @param runArea an empty, writable folder for Fuseki's server-control files (a temporary one) */
    UiManagement(Path runArea) {
        this.runArea = runArea;
    }

    @Override
    public String name() {
        return "diplograph UI management (read-only)";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // FMod_UI finds its files through this object; nothing else of the admin module is mounted
        builder.setServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(runArea));
        builder.addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .addFilter("/*", new Guard());
    }

    /** Whether an anonymous request for this (normalised) path and method is let through to Fuseki. */
    static boolean allowed(String method, String path) {
        if (!path.startsWith("/$/") && !path.equals("/$")) {
            return true;
        }
        Set<String> methods = OPEN.get(path);
        return methods != null && methods.contains(method);
    }

    /** Whether the raw request path is already in normal form: no dot segments, no empty segments, no encoded slash. */
    static boolean unambiguous(String rawPath) {
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\") || lower.contains("//")
                || lower.contains("%2e") || lower.contains(";")) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static final class Guard extends HttpFilter {
        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String raw = request.getRequestURI().substring(request.getContextPath().length());
            if (!unambiguous(raw)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                        "Ambiguous request path (dot segments, empty segments or encoded separators): write the path plainly");
                return;
            }
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (allowed(request.getMethod(), path)) {
                chain.doFilter(request, response);
                return;
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Server management is off in diplograph ("
                    + request.getMethod() + " " + path + "): the datasets come from fuseki-config.ttl; edit it and restart the server");
        }
    }
}
