package org.diplograph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link Network} as SVG, alone or inside a self-contained HTML page (no script, no web fonts, nothing
 * fetched): actors as circles coloured by kind and sized by their number of events, labelled with their
 * names; communications as lines whose width grows with the number of events; hovering shows the details.
 *
 * <pre>
 * String html = NetworkPicture.html(network, "Who talked to whom");
 * </pre>
 *
 * Design decision: the layout is computed here (Fruchterman and Reingold's force-directed placement, from
 * positions on a circle, so the same network always gives the same picture) rather than in the browser, so
 * the file shows the same thing in any viewer, including an image converter, and needs no JavaScript.
 */
public final class NetworkPicture {
    static final int WIDTH = 1200;
    static final int HEIGHT = 860;
    private static final int MARGIN = 90;
    private static final int TOP = 70;
    private static final Map<String, String> COLOURS = Map.of(
            "Person", "#3b6fb6", "State", "#c8553d", "Organization", "#3a9d5d");
    private static final String OTHER_COLOUR = "#777777";

    private NetworkPicture() {
    }

    /** Positions of the actors, by IRI, inside the drawing area. */
    static Map<String, double[]> layout(Network net) {
        List<Network.Actor> actors = new ArrayList<>(net.actors());
        actors.sort(Comparator.comparing(Network.Actor::label).thenComparing(Network.Actor::iri));
        int n = actors.size();
        Map<String, Integer> index = new HashMap<>();
        double[][] pos = new double[n][2];
        for (int i = 0; i < n; i++) {
            index.put(actors.get(i).iri(), i);
            double angle = 2 * Math.PI * i / Math.max(n, 1);
            pos[i][0] = Math.cos(angle) * 300;
            pos[i][1] = Math.sin(angle) * 300;
        }
        double k = Math.sqrt(600.0 * 600.0 / Math.max(n, 1));
        int iterations = 400;
        double temperature = 120;
        for (int it = 0; it < iterations; it++) {
            double[][] disp = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = pos[i][0] - pos[j][0];
                    double dy = pos[i][1] - pos[j][1];
                    double d = Math.max(Math.hypot(dx, dy), 0.01);
                    double f = k * k / d;
                    disp[i][0] += dx / d * f;
                    disp[i][1] += dy / d * f;
                    disp[j][0] -= dx / d * f;
                    disp[j][1] -= dy / d * f;
                }
            }
            for (Network.Link l : net.links()) {
                int a = index.get(l.source());
                int b = index.get(l.target());
                double dx = pos[a][0] - pos[b][0];
                double dy = pos[a][1] - pos[b][1];
                double d = Math.max(Math.hypot(dx, dy), 0.01);
                double f = d * d / k * (1 + Math.log(l.weight()));
                disp[a][0] -= dx / d * f;
                disp[a][1] -= dy / d * f;
                disp[b][0] += dx / d * f;
                disp[b][1] += dy / d * f;
            }
            for (int i = 0; i < n; i++) {
                // a pull to the centre keeps unconnected pairs from drifting off the page
                disp[i][0] -= pos[i][0] * 0.08 * k / 10;
                disp[i][1] -= pos[i][1] * 0.08 * k / 10;
                double d = Math.max(Math.hypot(disp[i][0], disp[i][1]), 0.01);
                double step = Math.min(d, temperature);
                pos[i][0] += disp[i][0] / d * step;
                pos[i][1] += disp[i][1] / d * step;
            }
            temperature = Math.max(1, temperature * 0.985);
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : pos) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double spanX = Math.max(maxX - minX, 1);
        double spanY = Math.max(maxY - minY, 1);
        // room on the right for the labels
        double scale = Math.min((WIDTH - 2 * MARGIN - 120) / spanX, (HEIGHT - TOP - MARGIN) / spanY);
        Map<String, double[]> placed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2.0 : MARGIN + (pos[i][0] - minX) * scale;
            double y = n == 1 ? HEIGHT / 2.0 : TOP + 20 + (pos[i][1] - minY) * scale;
            placed.put(actors.get(i).iri(), new double[] {x, y});
        }
        return placed;
    }

    /** The picture as an SVG document (an element that can also stand inside HTML). */
    public static String svg(Network net, String title) {
        Map<String, double[]> at = layout(net);
        Map<String, Integer> strength = new HashMap<>();
        for (Network.Link l : net.links()) {
            strength.merge(l.source(), l.weight(), Integer::sum);
            strength.merge(l.target(), l.weight(), Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
        s.append("<title>").append(escape(title)).append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append("<text x=\"24\" y=\"36\" font-size=\"22\" font-weight=\"bold\" fill=\"#222\">").append(escape(title)).append("</text>\n");
        s.append("<text x=\"24\" y=\"58\" font-size=\"13\" fill=\"#555\">").append(net.actors().size()).append(" actors, ")
                .append(net.links().size()).append(" pairs, ").append(net.links().stream().mapToInt(Network.Link::weight).sum())
                .append(" communication events (calls, meetings, visits, talks, consultations). Line width: number of events.</text>\n");
        legend(s);
        s.append("<g stroke=\"#8a8a8a\" stroke-opacity=\"0.7\" stroke-linecap=\"round\">\n");
        Map<String, String> names = new HashMap<>();
        net.actors().forEach(a -> names.put(a.iri(), a.label()));
        for (Network.Link l : net.links()) {
            double[] a = at.get(l.source());
            double[] b = at.get(l.target());
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\">",
                    a[0], a[1], b[0], b[1], edgeWidth(l.weight())));
            s.append("<title>").append(escape(names.get(l.source()) + " \u2014 " + names.get(l.target()) + ": " + l.weight()
                    + (l.weight() == 1 ? " event (" : " events (") + l.classes() + ")")).append("</title></line>\n");
        }
        s.append("</g>\n");
        for (Network.Link l : net.links()) {
            if (l.weight() > 1) {
                double[] a = at.get(l.source());
                double[] b = at.get(l.target());
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#555\" text-anchor=\"middle\">%d</text>\n",
                        (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 4, l.weight()));
            }
        }
        s.append("<g stroke=\"#ffffff\" stroke-width=\"1.5\">\n");
        for (Network.Actor actor : net.actors()) {
            double[] p = at.get(actor.iri());
            double r = radius(strength.getOrDefault(actor.iri(), 0));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\">", p[0], p[1], r, colour(actor.kind())));
            s.append("<title>").append(escape(actor.label() + " (" + actor.kind() + ")\n" + actor.iri())).append("</title></circle>\n");
        }
        s.append("</g>\n<g font-size=\"13\" fill=\"#1a1a1a\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\">\n");
        for (Network.Actor actor : net.actors()) {
            double[] p = at.get(actor.iri());
            double r = radius(strength.getOrDefault(actor.iri(), 0));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">", p[0] + r + 4, p[1] + 4))
                    .append(escape(actor.label())).append("</text>\n");
        }
        s.append("</g>\n</svg>\n");
        return s.toString();
    }

    /** The picture inside a self-contained HTML page. */
    public static String html(Network net, String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + "<style>body{margin:0;background:#f4f4f4}svg{display:block;margin:0 auto;max-width:100%;height:auto;background:#fff}</style>\n"
                + "</head>\n<body>\n" + svg(net, title) + "</body>\n</html>\n";
    }

    private static void legend(StringBuilder s) {
        int x = WIDTH - 190;
        int y = 30;
        s.append("<g font-size=\"13\" fill=\"#333\">\n");
        for (String kind : List.of("Person", "State", "Organization")) {
            s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n",
                    x, y, colour(kind), x + 14, y + 5, kind));
            y += 22;
        }
        s.append("</g>\n");
    }

    private static double radius(int strength) {
        return 6 + 3 * Math.sqrt(strength);
    }

    private static double edgeWidth(int weight) {
        return Math.min(1.5 + 2.5 * (Math.log(weight) / Math.log(2)), 12);
    }

    private static String colour(String kind) {
        return COLOURS.getOrDefault(kind, OTHER_COLOUR);
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
