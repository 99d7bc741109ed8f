package com.boxoffice.catalog.control;

import com.boxoffice.platform.web.Markup;
import java.util.ArrayList;
import java.util.List;

/** Draws a movie's poster as SVG from its own details, so the demo needs no image host. */
public final class PosterArt {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 450;
    private static final int LINE_CHARS = 14;

    private PosterArt() {
    }

    public static String svg(MovieListing movie) {
        int hue = Math.floorMod(movie.movieId().hashCode(), 360);
        StringBuilder svg = new StringBuilder(2048)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Markup.escape(movie.title())).append(" poster\">")
                .append("<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"0.6\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"hsl(").append(hue).append(",70%,42%)\"/>")
                .append("<stop offset=\"1\" stop-color=\"hsl(").append((hue + 40) % 360).append(",60%,12%)\"/>")
                .append("</linearGradient></defs>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"url(#g)\"/>")
                .append("<circle cx=\"230\" cy=\"110\" r=\"70\" fill=\"hsl(").append((hue + 180) % 360)
                .append(",80%,70%)\" opacity=\"0.25\"/>");
        int y = 230;
        for (String line : wrap(movie.title())) {
            svg.append("<text x=\"24\" y=\"").append(y).append("\" font-family=\"sans-serif\" font-size=\"30\"")
                    .append(" font-weight=\"700\" fill=\"#fff\">").append(Markup.escape(line)).append("</text>");
            y += 36;
        }
        svg.append("<text x=\"24\" y=\"").append(HEIGHT - 60).append("\" font-family=\"sans-serif\" font-size=\"15\"")
                .append(" fill=\"#f3f3f3\">").append(Markup.escape(String.join(" · ", movie.genres()))).append("</text>")
                .append("<text x=\"24\" y=\"").append(HEIGHT - 32).append("\" font-family=\"sans-serif\" font-size=\"15\"")
                .append(" fill=\"#f3f3f3\">").append(Markup.escape(movie.language() + " · " + movie.format()))
                .append("</text></svg>");
        return svg.toString();
    }

    static List<String> wrap(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.size() > 4 ? lines.subList(0, 4) : lines;
    }
}
