package fr.catalogue.linkcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt, read as RFC 9309 says, so the checker never reads a page the site asked
 * robots not to read. The group for our product token applies if there is one, else the group for
 * {@code *}; among its {@code Allow} and {@code Disallow} rules the longest matching path wins (an
 * {@code Allow} wins a tie); {@code *} matches any characters and a final {@code $} anchors the end.
 * A missing file (4xx) allows everything; so does an unreadable one (5xx, no answer), a choice made
 * because the checker reads one page and its links, not a whole site.
 */
public final class RobotsTxt {

    /** Allows everything: no robots.txt, or one that could not be read. */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads a robots.txt body for the robot named by {@code productToken} (e.g. "CatalogueLabelBot",
     * compared case-blind).
     */
    public static RobotsTxt parse(String body, String productToken) {
        String ours = productToken.toLowerCase(Locale.ROOT);
        List<Rule> forUs = new ArrayList<>();
        List<Rule> forAll = new ArrayList<>();
        boolean matchedUs = false;
        // The current group: the agents named by consecutive user-agent lines, then its rules
        boolean groupForUs = false;
        boolean groupForAll = false;
        boolean inRules = false;
        for (String rawLine : body.split("\r\n|\r|\n")) {
            String line = rawLine;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "user-agent" -> {
                    if (inRules) {
                        groupForUs = false;
                        groupForAll = false;
                        inRules = false;
                    }
                    String agent = value.toLowerCase(Locale.ROOT);
                    int end = indexOfAny(agent, "/ \t");
                    if (end >= 0) {
                        agent = agent.substring(0, end);
                    }
                    if (agent.equals("*")) {
                        groupForAll = true;
                    } else if (!agent.isEmpty() && agent.equals(ours)) {
                        groupForUs = true;
                        matchedUs = true;
                    }
                }
                case "allow", "disallow" -> {
                    inRules = true;
                    if (value.isEmpty()) {
                        continue; // "Disallow:" with nothing forbids nothing
                    }
                    Rule rule = new Rule(key.equals("allow"), encodeNonAscii(value));
                    if (groupForUs) {
                        forUs.add(rule);
                    }
                    if (groupForAll) {
                        forAll.add(rule);
                    }
                }
                default -> {
                    // sitemap, crawl-delay, host…: other records do not end a group's agent lines
                    // only if they come before its rules; they never change what is allowed
                }
            }
        }
        return new RobotsTxt(matchedUs ? forUs : forAll);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the page at {@code address} may be read (only its path and query are looked at). */
    public boolean allows(URI address) {
        String path = address.getRawPath() == null || address.getRawPath().isEmpty() ? "/" : address.getRawPath();
        if (path.equals("/robots.txt")) {
            return true;
        }
        String target = address.getRawQuery() == null ? path : path + "?" + address.getRawQuery();
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), target)
                    && (best == null || rule.pattern().length() > best.pattern().length()
                            || rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /**
     * Matches a robots.txt path pattern ({@code *} wildcard, {@code $} end anchor) against the start of a
     * path. Linear-time glob matching (no backtracking blow-up on a hostile file's "*a*a*a…").
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        // Not anchored: the pattern is a prefix, i.e. it ends with an implicit *
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) != '*' && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** Robots files may write paths unencoded ("/café"); addresses are compared encoded. */
    private static String encodeNonAscii(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x7e || c <= 0x20) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** How many rules apply to us (for tests and logs). */
    int ruleCount() {
        return rules.size();
    }
}
