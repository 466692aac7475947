package org.conflictkg.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article inside a web page, as plain text with one paragraph per block. Scripts, styles,
 * navigation, headers, footers, asides, forms and comment sections are dropped.
 */
final class HtmlArticle {
    private static final String DROPPED = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "[class*=comment], [id*=comment], [class*=share], [class*=related], [class*=cookie], [role=navigation]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption";

    private HtmlArticle() {
    }

    static String text(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(DROPPED).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder out = new StringBuilder();
        Element h1 = root.selectFirst("h1");
        if (h1 == null && !doc.title().isBlank()) {
            out.append(doc.title().strip()).append("\n\n");
        }
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            // A block inside another selected block (p inside blockquote) is written by its parent.
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS) && blocks.contains(p))) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                out.append(t).append("\n\n");
            }
        }
        if (blocks.isEmpty()) {
            out.append(root.wholeText());
        }
        return out.toString();
    }
}
