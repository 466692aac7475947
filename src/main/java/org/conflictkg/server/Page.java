package org.conflictkg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page built with jsoup from the template {@code conflict-kg/web/page.html}. Every value
 * goes in through {@link Element#text(String)}, {@link Element#appendText(String)} or
 * {@link Element#attr(String, String)}, which escape it, so text from a report can never become
 * markup. Not thread-safe: one per request.
 */
final class Page {
    private static final String TEMPLATE = load("conflict-kg/web/page.html");
    /* Scripts only from this server; YASGUI and Cytoscape set inline styles, so styles may be inline. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Document document;

    Page(String title, String lang) {
        document = Jsoup.parse(TEMPLATE);
        // Pretty printing would indent the report text, which is shown with white-space: pre-wrap.
        document.outputSettings().prettyPrint(false);
        document.title(title + " · conflict-kg");
        document.selectFirst("html").attr("lang", lang);
    }

    /** @return the {@code <main>} element to fill */
    Element main() {
        return document.selectFirst("main");
    }

    /** Adds a stylesheet to the head. */
    Page stylesheet(String href) {
        document.head().appendElement("link").attr("rel", "stylesheet").attr("href", href);
        return this;
    }

    /** Adds a script at the end of the body. */
    Page script(String src) {
        document.body().appendElement("script").attr("src", src);
        return this;
    }

    /** Puts {@code value} in the header search box. */
    Page searchValue(String value) {
        document.selectFirst("#q").attr("value", value);
        return this;
    }

    /** Writes the page with {@code status}. */
    void send(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.addHeader("Vary", "Accept, Accept-Language");
        response.getOutputStream().write(document.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a short error page. */
    static void error(HttpServletResponse response, int status, String message, String lang) throws IOException {
        Page page = new Page("Error " + status, lang);
        page.main().appendElement("h1").text("Error " + status);
        page.main().appendElement("p").text(message);
        page.send(response, status);
    }

    /** Appends a link to the local page of {@code iri}, showing {@code text}. */
    static Element link(Element parent, String iri, String text) {
        return parent.appendElement("a").attr("href", Site.href(iri)).text(text);
    }

    private static String load(String path) {
        try (InputStream in = Page.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
