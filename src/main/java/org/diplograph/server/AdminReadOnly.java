package org.diplograph.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * A Fuseki module that leaves the server-management area {@code /$/} readable and nothing more: the web UI
 * reads the dataset list, server status and statistics there, but nobody can create or delete datasets, back
 * up, compact or otherwise change the server through it. Only the UI's query checks ({@code /$/validate/*},
 * which parse and change nothing) may be posted.
 *
 * Design decision: the UI needs the admin module ({@code FMod_Admin}) and that module serves the management
 * operations with no access control of its own (Fuseki leaves that to Shiro). A request filter in front of
 * {@code /$/} is a smaller, auditable guard than a Shiro setup; the dataset set of a diplograph server comes
 * from {@code fuseki-config.ttl}, so nothing is lost.
 */
final class AdminReadOnly implements FusekiModule {
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public String name() {
        return "diplograph read-only admin";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/$/*", new Guard());
    }

    private static final class Guard extends HttpFilter {
        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (READING.contains(request.getMethod()) || path.startsWith("/$/validate/")) {
                chain.doFilter(request, response);
                return;
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Server management (" + request.getMethod() + " " + path
                    + ") is off in diplograph: the datasets come from fuseki-config.ttl; edit it and restart the server");
        }
    }
}
