package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Static files: {@code /static/{name}} from {@code conflict-kg/web/} and a fixed list of WebJar files
 * under {@code /webjars/}. Nothing else can be read: a static name must be a plain file name (no
 * slash, no dot-dot, no escape), and WebJar paths must be on the list exactly. Jetty already
 * rejects ambiguous encoded paths; this is the second lock.
 */
final class StaticServlet extends HttpServlet {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg|png)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png");
    private static final java.util.Set<String> WEBJARS = java.util.Set.of(
            "zazuko__yasgui/4.5.0/build/yasgui.min.js",
            "zazuko__yasgui/4.5.0/build/yasgui.min.css",
            "cytoscape/3.33.1/dist/cytoscape.min.js");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String resource = null;
        if (path != null && path.startsWith("/")) {
            String rest = path.substring(1);
            if ("/static".equals(request.getServletPath()) && NAME.matcher(rest).matches()) {
                resource = "conflict-kg/web/" + rest;
            } else if ("/webjars".equals(request.getServletPath()) && WEBJARS.contains(rest)) {
                resource = "META-INF/resources/webjars/" + rest;
            }
        }
        InputStream in = resource == null ? null : StaticServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            response.sendError(404, "no such file");
            return;
        }
        try (in; OutputStream out = response.getOutputStream()) {
            response.setContentType(TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
            response.setHeader("Cache-Control", "max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(out);
        }
    }
}
