package fr.catalogue.contact;

import java.util.List;
import java.util.Locale;

/**
 * Which visits are counted in the statistics (R24): people's browsers, not the obvious robots
 * (search engines, link checkers, command-line clients), recognised by their User-Agent. A
 * missing User-Agent is a robot too: every browser sends one.
 */
public final class UserAgents {

    private static final List<String> ROBOT_MARKS = List.of("bot", "crawl", "spider", "slurp", "curl", "wget",
            "python", "java/", "java-http-client", "httpclient", "okhttp", "go-http-client", "libwww", "scrapy",
            "headless", "lighthouse", "facebookexternalhit", "preview", "monitor", "feedfetcher", "axios", "node-fetch");

    private UserAgents() {
    }

    /** Whether this User-Agent is an obvious robot, whose visits are not counted. */
    public static boolean isRobot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return ROBOT_MARKS.stream().anyMatch(agent::contains);
    }
}
