package fr.catalogue.linkcheck.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Debian's {@code linkchecker} on the bench site, as close to our limits as it allows, and what it
 * said about each address it checked.
 *
 * <p>It is given the start pages on its standard input, recursion depth 2 (start page, its links,
 * their links), {@code threads} checking threads, a timeout, and {@code maxrequestspersecond} per
 * host. Its per-host pacing is not a minimum gap: after each request to a host it waits a random
 * time between {@code 1/rate} and {@code 6/rate} (about a third of the rate on average), and above
 * 10 requests/s only for servers answering with a "LinkChecker" header. It has no limit of requests
 * in flight per host. All the bench hosts are declared internal (else only the start page's
 * directory is), and the catalogue's addresses are only syntax-checked (never fetched), as by us.
 */
final class LinkcheckerRun {

    /** What linkchecker said about one address. */
    record Result(String url, boolean valid, String result, int level) {
    }

    /** The run: wall time, exit code, results by absolute address, and the command line used. */
    record Outcome(double seconds, int exitCode, Map<String, Result> results, List<String> command, String config) {
    }

    private LinkcheckerRun() {
    }

    /** The first line of {@code linkchecker --version}, or null when it is not installed. */
    static String version() {
        try {
            Process process = new ProcessBuilder("linkchecker", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out.lines().filter(line -> line.startsWith("LinkChecker")).findFirst().orElse(out.strip());
        } catch (IOException notInstalled) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static Outcome run(List<String> startPages, int port, int threads, double requestsPerSecond, int timeoutSeconds)
            throws IOException, InterruptedException {
        // linkchecker run as root drops to "nobody": its files must be readable by all.
        var readable = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));
        Path config = Files.createTempFile("crawl-bench-linkcheckerrc", ".ini", readable);
        Path input = Files.createTempFile("crawl-bench-urls", ".txt", readable);
        Path output = Files.createTempFile("crawl-bench-linkchecker", ".csv", readable);
        Path errors = Files.createTempFile("crawl-bench-linkchecker", ".log", readable);
        String configText = """
                [checking]
                threads=%d
                timeout=%d
                recursionlevel=2
                maxrequestspersecond=%s
                robotstxt=1
                [filtering]
                internlinks=^http://127\\.0\\.0\\.[0-9]+:%d/
                """.formatted(threads, timeoutSeconds, requestsPerSecond, port);
        Files.writeString(config, configText);
        Files.write(input, startPages);
        List<String> command = List.of("linkchecker", "-f", config.toString(), "--stdin", "--no-warnings", "--no-status",
                "--verbose", "-o", "csv/utf-8", "-r", "2", "-t", String.valueOf(threads), "--timeout",
                String.valueOf(timeoutSeconds), "--ignore-url", "^(https?:)?//catalogue\\.bench([:/]|$)");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectInput(input.toFile()).redirectOutput(output.toFile())
                    .redirectError(errors.toFile()).start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("linkchecker still running after 30 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() > 1) { // 1 means "found errors", as expected here
                throw new IllegalStateException("linkchecker failed (exit " + process.exitValue() + "): "
                        + Files.readString(errors));
            }
            return new Outcome(seconds, process.exitValue(), parse(output), command, configText);
        } finally {
            for (Path file : List.of(config, input, output, errors)) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Map<String, Result> parse(Path csv) throws IOException {
        Map<String, Result> results = new HashMap<>();
        // Rows of start pages lack the line, column and name fields (17 in the header, 15 there): read
        // by position the fields before them, and the level as the last but one.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                if (row.size() < 15 || row.get(0).equals("urlname")) {
                    continue;
                }
                String url = row.get(7);
                int level = row.get(row.size() - 2).matches("[0-9]+") ? Integer.parseInt(row.get(row.size() - 2)) : -1;
                Result result = new Result(url, "True".equals(row.get(6)), row.get(3), level);
                results.merge(url, result, (first, again) -> first.level() <= again.level() ? first : again);
            }
        }
        return results;
    }
}
