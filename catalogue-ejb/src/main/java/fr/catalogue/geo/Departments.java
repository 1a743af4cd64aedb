package fr.catalogue.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 101 départements and their regions (reference data in {@code departments.csv}), and the
 * département a postcode belongs to. A plain class: no container needed.
 */
public final class Departments {

    private static final Map<String, Department> BY_CODE = load();
    private static final Map<String, List<String>> NEIGHBOURS = loadNeighbours();
    private static final Map<String, String> REGIONS = regionsOf(BY_CODE);

    private Departments() {
    }

    /** Every département, in INSEE order. */
    public static List<Department> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** The département of that INSEE code ({@code "35"}, {@code "2a"}, {@code "974"}), if it exists. */
    public static Optional<Department> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (normalised.length() == 1) {
            normalised = "0" + normalised;
        }
        return Optional.ofNullable(BY_CODE.get(normalised));
    }

    /**
     * The département of a French postcode: its first two digits, three overseas (97x), and for
     * Corsica ({@code 20}) 2A below 20200, 2B from 20200.
     */
    public static Optional<Department> ofPostcode(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String digits = postcode.trim();
        if (!digits.matches("\\d{5}")) {
            return Optional.empty();
        }
        if (digits.startsWith("97") || digits.startsWith("98")) {
            return byCode(digits.substring(0, 3));
        }
        if (digits.startsWith("20")) {
            return byCode(Integer.parseInt(digits) < 20200 ? "2A" : "2B");
        }
        return byCode(digits.substring(0, 2));
    }

    /** The départements of a region (INSEE region code such as {@code 53}). */
    public static List<Department> ofRegion(String regionCode) {
        List<Department> departments = new ArrayList<>();
        for (Department department : BY_CODE.values()) {
            if (department.regionCode().equals(regionCode)) {
                departments.add(department);
            }
        }
        return departments;
    }

    /** The regions, code to name, in the order of their first département. */
    public static Map<String, String> regions() {
        return REGIONS; // read for every region label of every search: made once
    }

    private static Map<String, String> regionsOf(Map<String, Department> byCode) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Department department : byCode.values()) {
            regions.putIfAbsent(department.regionCode(), department.regionName());
        }
        return Collections.unmodifiableMap(regions);
    }

    /**
     * The départements sharing a land border with that one (reference data in {@code neighbours.csv}),
     * in INSEE order: none overseas, each other for Corse-du-Sud and Haute-Corse (R25).
     */
    public static List<Department> neighbours(String code) {
        return byCode(code)
                .map(department -> NEIGHBOURS.getOrDefault(department.code(), List.of()).stream()
                        .map(BY_CODE::get)
                        .toList())
                .orElse(List.of());
    }

    /**
     * The départements whose name matches, accents, case, hyphens and apostrophes ignored
     * ({@code "ille et vilaine"}, {@code "COTES D'ARMOR"}); a list since a query may be ambiguous.
     */
    public static List<Department> byName(String name) {
        String wanted = PlaceNames.fold(name);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return BY_CODE.values().stream().filter(d -> PlaceNames.fold(d.name()).equals(wanted)).toList();
    }

    private static Map<String, Department> load() {
        Map<String, Department> departments = new LinkedHashMap<>();
        for (String[] cells : rows("departments.csv")) {
            departments.put(cells[0], new Department(cells[0], cells[1], cells[2], cells[3]));
        }
        return Collections.unmodifiableMap(departments);
    }

    private static Map<String, List<String>> loadNeighbours() {
        Map<String, List<String>> neighbours = new LinkedHashMap<>();
        for (String[] cells : rows("neighbours.csv")) {
            List<String> codes = List.of(cells[1].trim().split("\\s+"));
            for (String code : codes) {
                if (!BY_CODE.containsKey(code)) {
                    throw new IllegalStateException("neighbours.csv names an unknown département: " + code);
                }
            }
            neighbours.put(cells[0], codes);
        }
        return Collections.unmodifiableMap(neighbours);
    }

    /** The rows of a reference file next to this class: {@code ;}-separated, {@code #} comments. */
    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Departments.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is unreadable", e);
        }
        return rows;
    }
}
