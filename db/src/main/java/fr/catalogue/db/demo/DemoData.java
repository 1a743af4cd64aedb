package fr.catalogue.db.demo;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.offer.OfferStatus;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.security.PasswordHash;
import fr.catalogue.security.Role;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Logger;

/**
 * The demo data of {@code mvn -Prun}: {@value #PARTNER_COUNT} invented French partners, about 340
 * offers spread over the 28 categories, and the four accounts of {@link DemoAccounts}.
 *
 * <p>Two steps, kept apart:
 * <ul>
 * <li>{@link #generate(Instant)} is pure: the same {@link #SEED} gives the same partners, offers and
 * accounts whatever the day; only the timestamps move with {@code now} (offers published over the
 * 18 months before it). No I/O, no password hashing, so it is fast to test.</li>
 * <li>{@link #loadIfEmpty(DatabaseAddress, Clock)} writes them with JDBC in one transaction, and only
 * into a database that holds no partner and no {@code admin} account: demo data is never loaded twice.</li>
 * </ul>
 *
 * <p>Partners and offers refer to each other by partner <em>number</em>: the 1-based position in
 * {@link #partners()}. The loader turns numbers into the ids the database gives.
 *
 * @param partners the partners, number 1 first
 * @param offers   the offers, grouped by partner
 * @param accounts the four demo accounts
 */
public record DemoData(List<DemoPartner> partners, List<DemoOffer> offers, List<DemoAccount> accounts) {

    /** The seed of every random choice: change it and the whole demo catalogue changes. */
    public static final long SEED = 20_260_115L;
    /** Offers are published over this span before "now" (18 months). */
    public static final Duration PUBLICATION_SPAN = Duration.ofDays(548);
    static final int PARTNER_COUNT = 32;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** The application runs in UTC and stores UTC wall-clock times in DATETIME columns; so do we. */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    public DemoData {
        partners = List.copyOf(partners);
        offers = List.copyOf(offers);
        accounts = List.copyOf(accounts);
    }

    /** A company of the demo catalogue. {@code number} is its 1-based position in {@link #partners()}. */
    public record DemoPartner(int number, String name, String siren, PartnerKind kind, String town, String postcode,
                              String website, Instant createdAt) {
    }

    /** An offer of the partner numbered {@code partnerNumber}; {@code publishedAt} is null for a draft. */
    public record DemoOffer(int partnerNumber, String categoryCode, String title, String description,
                            BigDecimal priceExclVat, OfferStatus status, Instant publishedAt, Instant createdAt,
                            Instant updatedAt) {
    }

    /**
     * A demo account with its clear demo password (hashed only when loaded). {@code partnerNumber}
     * is set for a partner's account only. {@link #toString()} leaves the password out.
     */
    public record DemoAccount(String userCode, String password, Role role, Integer partnerNumber, String displayName,
                              Instant createdAt) {

        @Override
        public String toString() {
            return "DemoAccount[" + userCode + ", " + role + (partnerNumber == null ? "" : ", partner " + partnerNumber)
                    + ", " + displayName + "]";
        }
    }

    /** The partner numbered {@code number} (1-based). */
    public DemoPartner partner(int number) {
        return partners.get(number - 1);
    }

    // ------------------------------------------------------------------------------------------
    // Generation
    // ------------------------------------------------------------------------------------------

    /** Generates the demo data; pure and deterministic (see the class comment). */
    public static DemoData generate(Instant now) {
        return new Generator(now.truncatedTo(ChronoUnit.SECONDS), new Random(SEED)).run();
    }

    private static final class Generator {

        private final Instant now;
        private final Random random;

        Generator(Instant now, Random random) {
            this.now = now;
            this.random = random;
        }

        DemoData run() {
            List<DemoPartner> partners = partners();
            List<List<String>> slots = offerSlots();
            List<DemoOffer> offers = new ArrayList<>();
            for (int i = 0; i < PARTNER_SEEDS.size(); i++) {
                offers.addAll(offersOf(i + 1, PARTNER_SEEDS.get(i), slots.get(i)));
            }
            return new DemoData(partners, offers, accounts(partners));
        }

        private List<DemoPartner> partners() {
            Set<String> sirens = new HashSet<>();
            List<DemoPartner> partners = new ArrayList<>();
            for (int i = 0; i < PARTNER_SEEDS.size(); i++) {
                PartnerSeed seed = PARTNER_SEEDS.get(i);
                String siren;
                do {
                    siren = siren(random);
                } while (!sirens.add(siren));
                // Before the oldest offer, which is created at most PUBLICATION_SPAN + 21 days ago.
                Instant createdAt = now.minus(PUBLICATION_SPAN)
                        .minus(Duration.ofDays(30 + random.nextInt(400)))
                        .minusSeconds(random.nextInt(86_400));
                partners.add(new DemoPartner(i + 1, seed.name(), siren, seed.kind(), seed.town(), seed.postcode(),
                        seed.website(), createdAt));
            }
            return partners;
        }

        /** For each partner, the category of each of its offers: every category's quota spread over its sellers. */
        private List<List<String>> offerSlots() {
            List<List<String>> slots = new ArrayList<>();
            PARTNER_SEEDS.forEach(seed -> slots.add(new ArrayList<>()));
            for (Map.Entry<String, Integer> quota : QUOTAS.entrySet()) {
                List<Integer> sellers = new ArrayList<>();
                for (int i = 0; i < PARTNER_SEEDS.size(); i++) {
                    if (PARTNER_SEEDS.get(i).categories().contains(quota.getKey())) {
                        sellers.add(i);
                    }
                }
                if (sellers.isEmpty()) {
                    throw new IllegalStateException("No demo partner sells " + quota.getKey());
                }
                int start = random.nextInt(sellers.size());
                for (int j = 0; j < quota.getValue(); j++) {
                    slots.get(sellers.get((start + j) % sellers.size())).add(quota.getKey());
                }
            }
            return slots;
        }

        private List<DemoOffer> offersOf(int partnerNumber, PartnerSeed seed, List<String> categories) {
            Set<String> titles = new HashSet<>();
            List<Text> texts = new ArrayList<>();
            for (String category : categories) {
                texts.add(uniqueText(category, seed.line(), titles));
            }
            List<OfferStatus> statuses = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                double draw = random.nextDouble();
                statuses.add(draw < 0.90 ? OfferStatus.PUBLISHED : draw < 0.95 ? OfferStatus.DRAFT : OfferStatus.WITHDRAWN);
            }
            // The two partners with a demo account show every state: at least one draft and one published offer.
            if (partnerNumber <= 2 && categories.size() >= 2) {
                if (!statuses.contains(OfferStatus.DRAFT)) {
                    statuses.set(statuses.size() - 1, OfferStatus.DRAFT);
                }
                if (!statuses.contains(OfferStatus.PUBLISHED)) {
                    statuses.set(0, OfferStatus.PUBLISHED);
                }
            }
            List<DemoOffer> offers = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                offers.add(offer(partnerNumber, categories.get(i), texts.get(i), statuses.get(i)));
            }
            return offers;
        }

        private Text uniqueText(String category, String line, Set<String> titlesSoFar) {
            Text text = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                text = Texts.describe(category, random, line);
                if (titlesSoFar.add(text.title())) {
                    return text;
                }
            }
            // Practically unreachable: every category offers far more titles than a partner has offers.
            for (int n = 2; ; n++) {
                String title = text.title() + " (formule " + n + ")";
                if (titlesSoFar.add(title)) {
                    return new Text(title, text.description(), text.price());
                }
            }
        }

        private DemoOffer offer(int partnerNumber, String category, Text text, OfferStatus status) {
            long day = 86_400;
            Instant publishedAt = null;
            Instant createdAt;
            Instant updatedAt;
            if (status == OfferStatus.DRAFT) {
                long age = 3_600 + seconds(120 * day);
                createdAt = now.minusSeconds(age);
                updatedAt = createdAt.plusSeconds(seconds(age));
            } else {
                long age = day + seconds(PUBLICATION_SPAN.toSeconds() - day);
                publishedAt = now.minusSeconds(age);
                createdAt = publishedAt.minusSeconds(3_600 + seconds(20 * day));
                if (status == OfferStatus.WITHDRAWN) {
                    updatedAt = publishedAt.plusSeconds(seconds(age)); // the withdrawal
                } else {
                    updatedAt = random.nextInt(10) < 7 ? publishedAt : publishedAt.plusSeconds(seconds(age));
                }
            }
            return new DemoOffer(partnerNumber, category, text.title(), text.description(), text.price(), status,
                    publishedAt, createdAt, updatedAt);
        }

        /** A whole number of seconds in [0, bound), drawn the same way on every JVM. */
        private long seconds(long bound) {
            return (long) (random.nextDouble() * bound);
        }

        private List<DemoAccount> accounts(List<DemoPartner> partners) {
            Instant first = partners.get(DemoAccounts.PARTNER_1_NUMBER - 1).createdAt();
            Instant second = partners.get(DemoAccounts.PARTNER_2_NUMBER - 1).createdAt();
            return List.of(
                    new DemoAccount(DemoAccounts.ADMIN_USER_CODE, DemoAccounts.ADMIN_PASSWORD, Role.ADMIN, null,
                            DemoAccounts.ADMIN_DISPLAY_NAME, now.minus(PUBLICATION_SPAN).minus(Duration.ofDays(450))),
                    new DemoAccount(DemoAccounts.REVIEWER_USER_CODE, DemoAccounts.REVIEWER_PASSWORD, Role.REVIEWER,
                            null, DemoAccounts.REVIEWER_DISPLAY_NAME,
                            now.minus(PUBLICATION_SPAN).minus(Duration.ofDays(440))),
                    new DemoAccount(DemoAccounts.PARTNER_1_USER_CODE, DemoAccounts.PARTNER_1_PASSWORD, Role.PARTNER,
                            DemoAccounts.PARTNER_1_NUMBER, DemoAccounts.PARTNER_1_DISPLAY_NAME,
                            first.plus(Duration.ofHours(2))),
                    new DemoAccount(DemoAccounts.PARTNER_2_USER_CODE, DemoAccounts.PARTNER_2_PASSWORD, Role.PARTNER,
                            DemoAccounts.PARTNER_2_NUMBER, DemoAccounts.PARTNER_2_DISPLAY_NAME,
                            second.plus(Duration.ofHours(3))));
        }
    }

    /** A random SIREN: 8 digits (the first 3 to 9, as for most companies) and the Luhn check digit. */
    static String siren(Random random) {
        StringBuilder digits = new StringBuilder().append(3 + random.nextInt(7));
        for (int i = 0; i < 7; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check <= 9; check++) {
            String candidate = digits.toString() + check;
            if (passesLuhn(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("Some Luhn check digit always exists");
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    // ------------------------------------------------------------------------------------------
    // Loading
    // ------------------------------------------------------------------------------------------

    /**
     * Loads the demo data generated for {@code clock}'s "now" into {@code database}, in one
     * transaction, unless the database already holds a partner or an {@code admin} account.
     * The schema must be migrated already.
     *
     * @return true if the data was loaded, false if the database was not empty (nothing written)
     * @throws IllegalStateException if the database cannot be read or written; nothing is then written
     */
    public static boolean loadIfEmpty(DatabaseAddress database, Clock clock) {
        Objects.requireNonNull(database, "database");
        DemoData data = generate(clock.instant());
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                if (holdsData(connection)) {
                    connection.rollback();
                    LOG.info(() -> "The database " + database + " already holds data: no demo data loaded");
                    return false;
                }
                data.insert(connection, new PasswordHash());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo data into " + database + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Demo data loaded into " + database + ": " + data.partners.size() + " partners, "
                + data.offers.size() + " offers, " + data.accounts.size() + " accounts");
        return true;
    }

    private static boolean holdsData(Connection connection) throws SQLException {
        try (PreparedStatement partners = connection.prepareStatement("SELECT COUNT(*) FROM partner");
             ResultSet count = partners.executeQuery()) {
            count.next();
            if (count.getLong(1) > 0) {
                return true;
            }
        }
        try (PreparedStatement admin = connection.prepareStatement("SELECT COUNT(*) FROM account WHERE user_code = ?")) {
            admin.setString(1, DemoAccounts.ADMIN_USER_CODE);
            try (ResultSet count = admin.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
            }
        }
    }

    private void insert(Connection connection, PasswordHash passwordHash) throws SQLException {
        Map<Integer, Long> partnerIds = insertPartners(connection);
        insertOffers(connection, partnerIds);
        insertAccounts(connection, partnerIds, passwordHash);
    }

    /** Inserts the partners and returns their ids by number, read back by their (unique) SIREN. */
    private Map<Integer, Long> insertPartners(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO partner (name, siren, kind, town, postcode, website, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoPartner partner : partners) {
                insert.setString(1, partner.name());
                insert.setString(2, partner.siren());
                insert.setString(3, partner.kind().name());
                insert.setString(4, partner.town());
                insert.setString(5, partner.postcode());
                if (partner.website() == null) {
                    insert.setNull(6, Types.VARCHAR);
                } else {
                    insert.setString(6, partner.website());
                }
                setInstant(insert, 7, partner.createdAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // The table was empty in this transaction, so every row is ours; the SIREN tells which is which.
        Map<String, Long> idsBySiren = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, siren FROM partner");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                idsBySiren.put(rows.getString(2), rows.getLong(1));
            }
        }
        Map<Integer, Long> ids = new HashMap<>();
        for (DemoPartner partner : partners) {
            Long id = idsBySiren.get(partner.siren());
            if (id == null) {
                throw new SQLException("The demo partner " + partner.name() + " was not found after its insertion");
            }
            ids.put(partner.number(), id);
        }
        return ids;
    }

    private void insertOffers(Connection connection, Map<Integer, Long> partnerIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO offer (partner_id, category_code, title, "
                + "description, price_excl_vat, status, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoOffer offer : offers) {
                insert.setLong(1, partnerIds.get(offer.partnerNumber()));
                insert.setString(2, offer.categoryCode());
                insert.setString(3, offer.title());
                insert.setString(4, offer.description());
                insert.setBigDecimal(5, offer.priceExclVat());
                insert.setString(6, offer.status().name());
                setInstant(insert, 7, offer.publishedAt());
                setInstant(insert, 8, offer.createdAt());
                setInstant(insert, 9, offer.updatedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertAccounts(Connection connection, Map<Integer, Long> partnerIds, PasswordHash passwordHash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (user_code, password_hash, role, "
                + "partner_id, display_name, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)")) {
            for (DemoAccount account : accounts) {
                char[] password = account.password().toCharArray();
                try {
                    insert.setString(2, passwordHash.hash(password));
                } finally {
                    Arrays.fill(password, '\0');
                }
                insert.setString(1, account.userCode());
                insert.setString(3, account.role().name());
                if (account.partnerNumber() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, partnerIds.get(account.partnerNumber()));
                }
                insert.setString(5, account.displayName());
                setInstant(insert, 6, account.createdAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            // Explicitly in UTC, as the application (run with -Duser.timezone=UTC) writes and reads them,
            // whatever the time zone of the JVM that loads the demo data.
            statement.setTimestamp(index, Timestamp.from(instant), Calendar.getInstance(UTC, Locale.ROOT));
        }
    }

    // ------------------------------------------------------------------------------------------
    // The partners
    // ------------------------------------------------------------------------------------------

    /**
     * An invented partner: {@code line} names its products in offer titles, {@code categories}
     * are the categories it sells (all fitting its kind).
     */
    private record PartnerSeed(String name, PartnerKind kind, String town, String postcode, String slug, String line,
                               List<String> categories) {

        PartnerSeed {
            for (String category : categories) {
                if (!KIND_CATEGORIES.get(kind).contains(category)) {
                    throw new IllegalStateException(name + " (" + kind + ") cannot sell " + category);
                }
            }
        }

        String website() {
            return slug == null ? null : "https://www." + slug + ".fr";
        }
    }

    private static final List<String> EQUIPMENT_CATEGORIES = List.of("PC_DESKTOP", "PC_LAPTOP_FIXED",
            "PC_LAPTOP_MOBILE", "PC_ULTRAMOBILE", "PDA", "SCREEN_TFT", "CAMERA_DIGITAL", "VIDEO_PROJECTOR",
            "SURVEILLANCE_CAMERA_INDOOR_FIXED", "SURVEILLANCE_CAMERA_OUTDOOR_FIXED", "SURVEILLANCE_CAMERA_MOTORISED",
            "PRINTER", "LABEL_PRINTER");
    private static final List<String> SERVER_NETWORK_CATEGORIES = List.of("SERVER_APPLICATION", "SERVER_DEDICATED",
            "NETWORK_LAN_WIRED", "NETWORK_LAN_PLC", "NETWORK_LAN_WIFI", "NETWORK_REMOTE_ACCESS", "NETWORK_SECURITY");

    /** Which categories each kind of partner may sell. */
    static final Map<PartnerKind, List<String>> KIND_CATEGORIES = kindCategories();

    private static Map<PartnerKind, List<String>> kindCategories() {
        Map<PartnerKind, List<String>> map = new EnumMap<>(PartnerKind.class);
        map.put(PartnerKind.EQUIPMENT_MAKER, EQUIPMENT_CATEGORIES);
        map.put(PartnerKind.SERVER_NETWORK_VENDOR, SERVER_NETWORK_CATEGORIES);
        map.put(PartnerKind.TELECOM_OPERATOR, List.of("TELECOM_EQUIPMENT", "TELECOM_SERVICE"));
        map.put(PartnerKind.INTERNET_PROVIDER, List.of("INTERNET_ACCESS", "WEBSITE_BUILDING"));
        map.put(PartnerKind.ADVISER, List.of("ADVISER"));
        map.put(PartnerKind.COMPETENCE_CENTRE_IT, List.of("COMPETENCE_CENTRE_IT"));
        map.put(PartnerKind.COMPETENCE_CENTRE_TELECOM, List.of("COMPETENCE_CENTRE_TELECOM"));
        map.put(PartnerKind.COMPETENCE_CENTRE_IT_TELECOM, List.of("COMPETENCE_CENTRE_IT_TELECOM"));
        return Map.copyOf(map);
    }

    private static final List<String> SURVEILLANCE = List.of("SURVEILLANCE_CAMERA_INDOOR_FIXED",
            "SURVEILLANCE_CAMERA_OUTDOOR_FIXED", "SURVEILLANCE_CAMERA_MOTORISED");
    private static final List<String> TELECOM = List.of("TELECOM_EQUIPMENT", "TELECOM_SERVICE");

    private static List<String> plus(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** Invented companies in real towns (with their postcode). Number 1 and 2 have the partner demo accounts. */
    private static final List<PartnerSeed> PARTNER_SEEDS = List.of(
            new PartnerSeed("Informatique Armor SARL", PartnerKind.EQUIPMENT_MAKER, "Lannion", "22300",
                    "informatique-armor", "Armor", List.of("PC_DESKTOP", "PC_LAPTOP_FIXED", "PC_LAPTOP_MOBILE",
                    "PC_ULTRAMOBILE", "SCREEN_TFT", "PRINTER")),
            new PartnerSeed("Fibre & Web du Limousin", PartnerKind.INTERNET_PROVIDER, "Limoges", "87000",
                    "fibre-web-limousin", "Limousin", List.of("INTERNET_ACCESS", "WEBSITE_BUILDING")),
            new PartnerSeed("Bureautique du Velay", PartnerKind.EQUIPMENT_MAKER, "Le Puy-en-Velay", "43000",
                    "bureautique-velay", "Velay", List.of("PRINTER", "LABEL_PRINTER", "SCREEN_TFT", "VIDEO_PROJECTOR",
                    "PC_DESKTOP")),
            new PartnerSeed("Réseaux & Fibres Occitanie", PartnerKind.SERVER_NETWORK_VENDOR, "Toulouse", "31000",
                    "reseaux-fibres-occitanie", "Occitanie", List.of("NETWORK_LAN_WIRED", "NETWORK_LAN_WIFI", "NETWORK_LAN_PLC",
                    "NETWORK_SECURITY")),
            new PartnerSeed("Téléphonie Pyrénées Services", PartnerKind.TELECOM_OPERATOR, "Pau", "64000",
                    "telephonie-pyrenees", "Pyrène", TELECOM),
            new PartnerSeed("Matériels Numériques d'Alsace", PartnerKind.EQUIPMENT_MAKER, "Colmar", "68000",
                    "materiels-numeriques-alsace", "Alsa", List.of("PC_DESKTOP", "PC_LAPTOP_FIXED", "PC_LAPTOP_MOBILE",
                    "PDA", "SCREEN_TFT")),
            new PartnerSeed("Serveurs et Systèmes de Bourgogne", PartnerKind.SERVER_NETWORK_VENDOR, "Dijon", "21000",
                    "serveurs-systemes-bourgogne", "Bourgogne", List.of("SERVER_APPLICATION", "SERVER_DEDICATED",
                    "NETWORK_REMOTE_ACCESS")),
            new PartnerSeed("Vigie Vidéo Provence SAS", PartnerKind.EQUIPMENT_MAKER, "Aix-en-Provence", "13100",
                    "vigie-video-provence", "Vigie", plus(SURVEILLANCE, "CAMERA_DIGITAL")),
            new PartnerSeed("Conseil Numérique Vendéen", PartnerKind.ADVISER, "La Roche-sur-Yon", "85000",
                    "conseil-numerique-vendeen", "", List.of("ADVISER")),
            new PartnerSeed("Voix & Données de Champagne", PartnerKind.TELECOM_OPERATOR, "Reims", "51100",
                    "voix-donnees-champagne", "Champagne", TELECOM),
            new PartnerSeed("Optique & Image Normandie", PartnerKind.EQUIPMENT_MAKER, "Caen", "14000",
                    "optique-image-normandie", "Normandie", List.of("CAMERA_DIGITAL", "VIDEO_PROJECTOR", "SCREEN_TFT",
                    "SURVEILLANCE_CAMERA_INDOOR_FIXED")),
            new PartnerSeed("Cyber-Rempart Lorraine", PartnerKind.SERVER_NETWORK_VENDOR, "Nancy", "54000",
                    "cyber-rempart-lorraine", "Rempart", List.of("NETWORK_SECURITY", "NETWORK_REMOTE_ACCESS",
                    "SERVER_DEDICATED")),
            new PartnerSeed("Net'Alpes Haut Débit", PartnerKind.INTERNET_PROVIDER, "Chambéry", "73000",
                    "netalpes-haut-debit", "Alpes", List.of("INTERNET_ACCESS")),
            new PartnerSeed("Pôle Informatique TPE de Picardie", PartnerKind.COMPETENCE_CENTRE_IT, "Amiens", "80000",
                    "pole-informatique-tpe-picardie", "", List.of("COMPETENCE_CENTRE_IT")),
            new PartnerSeed("Étiq'Pro Loire", PartnerKind.EQUIPMENT_MAKER, "Tours", "37000",
                    "etiqpro-loire", "Étiq'Pro", List.of("LABEL_PRINTER", "PRINTER", "PDA")),
            new PartnerSeed("Téléservices Méditerranée", PartnerKind.TELECOM_OPERATOR, "Montpellier", "34000",
                    "teleservices-mediterranee", "Médi", TELECOM),
            new PartnerSeed("Connectique Auvergne Réseaux", PartnerKind.SERVER_NETWORK_VENDOR, "Clermont-Ferrand", "63000",
                    "connectique-auvergne", "Arverne", List.of("NETWORK_LAN_WIRED", "NETWORK_LAN_PLC", "NETWORK_LAN_WIFI")),
            new PartnerSeed("Ordinateurs du Hainaut", PartnerKind.EQUIPMENT_MAKER, "Valenciennes", "59300",
                    "ordinateurs-hainaut", "Hainaut", List.of("PC_DESKTOP", "PC_LAPTOP_FIXED", "PC_LAPTOP_MOBILE",
                    "PC_ULTRAMOBILE", "PDA")),
            new PartnerSeed("Atelier Web Garonne", PartnerKind.INTERNET_PROVIDER, "Bordeaux", "33000",
                    "atelier-web-garonne", "Garonne", List.of("WEBSITE_BUILDING")),
            new PartnerSeed("Centre Télécoms TPE de Franche-Comté", PartnerKind.COMPETENCE_CENTRE_TELECOM, "Besançon",
                    "25000", "telecoms-tpe-franche-comte", "", List.of("COMPETENCE_CENTRE_TELECOM")),
            new PartnerSeed("Marchand Conseil Informatique & Télécoms", PartnerKind.ADVISER, "Angers", "49000",
                    "marchand-conseil", "", List.of("ADVISER")),
            new PartnerSeed("Datacentre du Ponant", PartnerKind.SERVER_NETWORK_VENDOR, "Brest", "29200",
                    "datacentre-ponant", "Ponant", List.of("SERVER_APPLICATION", "SERVER_DEDICATED", "NETWORK_SECURITY",
                    "NETWORK_REMOTE_ACCESS")),
            new PartnerSeed("Atelier Informatique Dauphinois", PartnerKind.EQUIPMENT_MAKER, "Grenoble", "38000",
                    "atelier-informatique-dauphinois", "Dauphiné", List.of("PC_ULTRAMOBILE", "PC_LAPTOP_MOBILE",
                    "SCREEN_TFT", "VIDEO_PROJECTOR", "CAMERA_DIGITAL")),
            new PartnerSeed("Liaisons Télécom de l'Ouest", PartnerKind.TELECOM_OPERATOR, "Nantes", "44000",
                    "liaisons-telecom-ouest", "Ouest", TELECOM),
            new PartnerSeed("Pôle Numérique TPE de Seine-Maritime", PartnerKind.COMPETENCE_CENTRE_IT_TELECOM, "Rouen",
                    "76000", "pole-numerique-tpe-76", "", List.of("COMPETENCE_CENTRE_IT_TELECOM")),
            new PartnerSeed("Sécurité Vision Atlantique", PartnerKind.EQUIPMENT_MAKER, "La Rochelle", "17000",
                    "securite-vision-atlantique", "Atlantique", plus(SURVEILLANCE, "LABEL_PRINTER", "PRINTER")),
            new PartnerSeed("Caraïbes Connexion Pro", PartnerKind.INTERNET_PROVIDER, "Fort-de-France", "97200",
                    "caraibes-connexion-pro", "Caraïbes", List.of("INTERNET_ACCESS")),
            new PartnerSeed("Infrastructures Numériques Rhône-Alpes", PartnerKind.SERVER_NETWORK_VENDOR, "Villeurbanne",
                    "69100", "infra-numerique-rhone-alpes", "Rhône", List.of("SERVER_APPLICATION", "NETWORK_LAN_WIRED",
                    "NETWORK_LAN_WIFI", "NETWORK_LAN_PLC")),
            // A one-person consultancy without a website
            new PartnerSeed("Rousseau Conseil TPE", PartnerKind.ADVISER, "Montreuil", "93100", null, "",
                    List.of("ADVISER")),
            new PartnerSeed("Pôle Informatique TPE Val de Loire", PartnerKind.COMPETENCE_CENTRE_IT, "Orléans", "45000",
                    "pole-informatique-val-de-loire", "", List.of("COMPETENCE_CENTRE_IT")),
            new PartnerSeed("Centre de compétences Télécoms Côte d'Azur", PartnerKind.COMPETENCE_CENTRE_TELECOM, "Nice",
                    "06000", "telecoms-tpe-cote-azur", "", List.of("COMPETENCE_CENTRE_TELECOM")),
            new PartnerSeed("Centre Info-Télécoms de Haute-Corse", PartnerKind.COMPETENCE_CENTRE_IT_TELECOM, "Bastia",
                    "20200", "info-telecoms-haute-corse", "", List.of("COMPETENCE_CENTRE_IT_TELECOM")));

    /** How many offers each category gets, in the order of the categories (V2 migration). */
    private static final Map<String, Integer> QUOTAS = quotas(
            "PC_DESKTOP", 16, "PC_LAPTOP_FIXED", 12, "PC_LAPTOP_MOBILE", 14, "PC_ULTRAMOBILE", 10, "PDA", 8,
            "SCREEN_TFT", 14, "CAMERA_DIGITAL", 9, "VIDEO_PROJECTOR", 9, "SURVEILLANCE_CAMERA_INDOOR_FIXED", 9,
            "SURVEILLANCE_CAMERA_OUTDOOR_FIXED", 8, "SURVEILLANCE_CAMERA_MOTORISED", 7, "PRINTER", 14,
            "LABEL_PRINTER", 9, "SERVER_APPLICATION", 12, "SERVER_DEDICATED", 12, "NETWORK_LAN_WIRED", 11,
            "NETWORK_LAN_PLC", 8, "NETWORK_LAN_WIFI", 12, "NETWORK_REMOTE_ACCESS", 10, "NETWORK_SECURITY", 12,
            "TELECOM_EQUIPMENT", 22, "TELECOM_SERVICE", 26, "INTERNET_ACCESS", 22, "WEBSITE_BUILDING", 18,
            "ADVISER", 9, "COMPETENCE_CENTRE_IT", 8, "COMPETENCE_CENTRE_TELECOM", 7, "COMPETENCE_CENTRE_IT_TELECOM", 8);

    private static Map<String, Integer> quotas(Object... codesAndCounts) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        for (int i = 0; i < codesAndCounts.length; i += 2) {
            quotas.put((String) codesAndCounts[i], (Integer) codesAndCounts[i + 1]);
        }
        return Collections.unmodifiableMap(quotas);
    }

    static {
        if (PARTNER_SEEDS.size() != PARTNER_COUNT) {
            throw new IllegalStateException("PARTNER_COUNT is out of date");
        }
    }

    // ------------------------------------------------------------------------------------------
    // The offers' French texts and prices
    // ------------------------------------------------------------------------------------------

    /** Title, description and price (excl. VAT, 2 decimals) of one offer. */
    private record Text(String title, String description, BigDecimal price) {
    }

    /** A service of a provider (adviser, competence centre...): its text and its price range. */
    private record Service(String title, String description, double minPrice, double maxPrice) {
    }

    /**
     * One random offer text per category. Products get a model reference after the partner's
     * product line ({@code line}), so that titles rarely repeat; prices follow the product's tier.
     */
    private static final class Texts {

        private Texts() {
        }

        static Text describe(String category, Random r, String line) {
            return switch (category) {
                case "PC_DESKTOP" -> pcDesktop(r, line);
                case "PC_LAPTOP_FIXED" -> laptopFixed(r, line);
                case "PC_LAPTOP_MOBILE" -> laptopMobile(r, line);
                case "PC_ULTRAMOBILE" -> ultramobile(r, line);
                case "PDA" -> pda(r, line);
                case "SCREEN_TFT" -> screen(r, line);
                case "CAMERA_DIGITAL" -> camera(r, line);
                case "VIDEO_PROJECTOR" -> projector(r, line);
                case "SURVEILLANCE_CAMERA_INDOOR_FIXED" -> indoorCamera(r, line);
                case "SURVEILLANCE_CAMERA_OUTDOOR_FIXED" -> outdoorCamera(r, line);
                case "SURVEILLANCE_CAMERA_MOTORISED" -> motorisedCamera(r, line);
                case "PRINTER" -> printer(r, line);
                case "LABEL_PRINTER" -> labelPrinter(r, line);
                case "SERVER_APPLICATION" -> applicationServer(r, line);
                case "SERVER_DEDICATED" -> dedicatedServer(r, line);
                case "NETWORK_LAN_WIRED" -> wiredLan(r, line);
                case "NETWORK_LAN_PLC" -> plc(r, line);
                case "NETWORK_LAN_WIFI" -> wifi(r, line);
                case "NETWORK_REMOTE_ACCESS" -> remoteAccess(r, line);
                case "NETWORK_SECURITY" -> security(r, line);
                case "TELECOM_EQUIPMENT" -> telecomEquipment(r, line);
                case "TELECOM_SERVICE" -> telecomService(r);
                case "INTERNET_ACCESS" -> internetAccess(r);
                case "WEBSITE_BUILDING" -> website(r);
                case "ADVISER" -> service(r, ADVISER_SERVICES);
                case "COMPETENCE_CENTRE_IT" -> service(r, IT_CENTRE_SERVICES);
                case "COMPETENCE_CENTRE_TELECOM" -> service(r, TELECOM_CENTRE_SERVICES);
                case "COMPETENCE_CENTRE_IT_TELECOM" -> service(r, IT_TELECOM_CENTRE_SERVICES);
                default -> throw new IllegalArgumentException("Unknown category " + category);
            };
        }

        // --- R1: PCs, PDAs and peripherals -------------------------------------------------

        private static final String[] RANGES = {"Essentiel", "Pro", "Expert"};

        private static Text pcDesktop(Random r, String line) {
            int tier = r.nextInt(3);
            String title = "PC de bureau " + line + " " + RANGES[tier] + " " + ref(r, "B", tier);
            String description = String.format(Locale.ROOT, "Ordinateur de bureau %s, équipé d'un processeur %d cœurs, "
                            + "de %d Go de mémoire vive et %s. Livré avec un système d'exploitation professionnel "
                            + "installé et activé, clavier et souris. Garantie %s, pièces et main-d'œuvre.",
                    pick(r, "en boîtier tour", "en boîtier mini-tour", "au format compact, fixable au dos de l'écran"),
                    pickInt(r, new int[][] {{4, 6}, {6, 8}, {10, 12}}[tier]),
                    pickInt(r, new int[][] {{8, 16}, {16}, {32, 64}}[tier]),
                    pick(r, new String[][] {{"d'un SSD de 256 Go", "d'un SSD de 512 Go"},
                            {"d'un SSD de 512 Go", "d'un SSD de 1 To"},
                            {"d'un SSD de 1 To", "d'un SSD de 1 To et d'un disque dur de 2 To"}}[tier]),
                    pick(r, new String[][] {{"2 ans retour atelier", "3 ans retour atelier"}, {"3 ans sur site"},
                            {"3 ans sur site", "5 ans sur site"}}[tier]));
            return new Text(title, description, retail(r, 450, 1_400, tier, 3));
        }

        private static Text laptopFixed(Random r, String line) {
            int tier = r.nextInt(3);
            String size = pick(r, "15,6", "17,3");
            String title = "PC portable " + line + " " + RANGES[tier] + " " + ref(r, "F", tier) + " " + size + " pouces";
            String description = String.format(Locale.ROOT, "PC portable conçu pour rester au bureau : écran %s pouces "
                            + "Full HD anti-reflets, pavé numérique, processeur %d cœurs, %d Go de mémoire vive et SSD "
                            + "de %s. %s Garantie %s.",
                    size,
                    pickInt(r, new int[][] {{4, 6}, {8}, {10, 12}}[tier]),
                    pickInt(r, new int[][] {{8, 16}, {16}, {32}}[tier]),
                    pick(r, new String[][] {{"256 Go", "512 Go"}, {"512 Go"}, {"1 To"}}[tier]),
                    pick(r, new String[][] {
                            {"Se range dans un tiroir le soir pour libérer le poste de travail."},
                            {"Livré avec une station d'accueil USB-C pour brancher écran, clavier et réseau d'un seul câble.",
                                    "Webcam Full HD et micros à réduction de bruit pour les visioconférences."},
                            {"Livré avec une station d'accueil USB-C et un second écran de 24 pouces.",
                                    "Carte graphique dédiée pour la conception assistée et le montage vidéo."}}[tier]),
                    pick(r, new String[][] {{"2 ans retour atelier"}, {"3 ans sur site"}, {"3 ans sur site",
                            "5 ans sur site"}}[tier]));
            return new Text(title, description, retail(r, 550, 1_500, tier, 3));
        }

        private static Text laptopMobile(Random r, String line) {
            int tier = r.nextInt(3);
            String title = "PC portable nomade " + line + " " + pick(r, "Mobilité", "Voyage", "Terrain") + " "
                    + ref(r, "N", tier);
            String description = String.format(Locale.ROOT, "PC portable de %s pouces pesant %s, avec jusqu'à %d heures "
                            + "d'autonomie, processeur %d cœurs, %d Go de mémoire et SSD de %s. Connectivité %s, "
                            + "lecteur d'empreintes digitales et disque chiffré pour les déplacements. Garantie %s, "
                            + "avec prêt d'un portable pendant la réparation.",
                    pick(r, new String[][] {{"15,6", "14"}, {"14"}, {"14", "13,3"}}[tier]),
                    pick(r, new String[][] {{"1,7 kg", "1,6 kg"}, {"1,5 kg", "1,4 kg"}, {"1,3 kg", "1,2 kg"}}[tier]),
                    pickInt(r, new int[][] {{9, 10}, {12, 14}, {16, 18}}[tier]),
                    pickInt(r, new int[][] {{6}, {8, 10}, {12, 14}}[tier]),
                    pickInt(r, new int[][] {{8, 16}, {16}, {32}}[tier]),
                    pick(r, new String[][] {{"256 Go", "512 Go"}, {"512 Go"}, {"1 To"}}[tier]),
                    pick(r, new String[][] {{"Wi-Fi 6 et Bluetooth"}, {"Wi-Fi 6E et modem 4G intégré"},
                            {"Wi-Fi 7 et modem 5G intégré"}}[tier]),
                    pick(r, "2 ans", "3 ans"));
            return new Text(title, description, retail(r, 700, 1_900, tier, 3));
        }

        private static Text ultramobile(Random r, String line) {
            int tier = r.nextInt(3);
            String title = "Ultra-portable " + line + " " + new String[] {"Léger", "Slim", "Carbone"}[tier] + " "
                    + ref(r, "U", tier);
            String description = String.format(Locale.ROOT, "Ultra-portable de %s pouces pesant %s, au châssis %s et à "
                            + "l'écran tactile haute définition. Processeur %d cœurs basse consommation, %d Go de mémoire, "
                            + "SSD de %s et jusqu'à %d heures d'autonomie, recharge rapide par USB-C. Garantie %s, "
                            + "assurance casse comprise la première année.",
                    pick(r, "13,3", "13", "12,4"),
                    pick(r, new String[][] {{"1,2 kg"}, {"1,1 kg", "1 kg"}, {"980 g", "950 g"}}[tier]),
                    new String[] {"en aluminium", "en alliage de magnésium", "en fibre de carbone"}[tier],
                    pickInt(r, new int[][] {{8}, {10, 12}, {12, 14}}[tier]),
                    pickInt(r, new int[][] {{16}, {16, 32}, {32}}[tier]),
                    pick(r, new String[][] {{"512 Go"}, {"512 Go", "1 To"}, {"1 To", "2 To"}}[tier]),
                    pickInt(r, new int[][] {{14}, {16}, {18, 20}}[tier]),
                    pick(r, "2 ans", "3 ans"));
            return new Text(title, description, retail(r, 900, 2_300, tier, 3));
        }

        private static Text pda(Random r, String line) {
            int tier = r.nextInt(3);
            String title = "Assistant personnel " + line + " " + new String[] {"Commerce", "Logistique", "Terrain"}[tier]
                    + " " + ref(r, "P", tier);
            String description = String.format(Locale.ROOT, "Assistant personnel à écran tactile de %s pouces, étanche "
                            + "à l'eau et à la poussière (%s) et résistant aux chutes de %s m. %s Batterie remplaçable de "
                            + "%d heures et synchronisation de l'agenda, des contacts et de la messagerie avec le poste "
                            + "de bureau.",
                    pick(r, "5", "5,5", "6"),
                    new String[] {"IP65", "IP67", "IP68"}[tier],
                    new String[] {"1,2", "1,5", "1,8"}[tier],
                    new String[] {"Idéal pour les tournées, la prise de commande et le suivi des clients.",
                            "Lecteur de codes-barres 1D et 2D intégré pour les inventaires et les réceptions.",
                            "Lecteur de codes-barres, puce NFC et 4G pour les interventions sur le terrain."}[tier],
                    pickInt(r, new int[][] {{8}, {10}, {12, 14}}[tier]));
            return new Text(title, description, retail(r, 250, 900, tier, 3));
        }

        private static Text screen(Random r, String line) {
            int tier = r.nextInt(3);
            String size = pick(r, new String[][] {{"22", "24"}, {"24", "27"}, {"27", "32"}}[tier]);
            String title = "Écran " + size + " pouces " + line + " " + ref(r, "E", tier);
            String description = String.format(Locale.ROOT, "Écran plat TFT de %s pouces à dalle IPS, résolution %s, "
                            + "traitement anti-reflets et filtre de lumière bleue. %s, entrées %s. Garantie 3 ans avec "
                            + "échange sur site.",
                    size,
                    pick(r, new String[][] {{"Full HD (1920 × 1080)"}, {"Full HD (1920 × 1080)", "QHD (2560 × 1440)"},
                            {"QHD (2560 × 1440)", "4K UHD (3840 × 2160)"}}[tier]),
                    new String[] {"Pied inclinable et fixation murale VESA", "Pied réglable en hauteur et pivotable",
                            "Pied réglable en hauteur, pivotable et haut-parleurs intégrés"}[tier],
                    new String[] {"HDMI et VGA", "HDMI et DisplayPort",
                            "USB-C avec alimentation 65 W du portable, HDMI et DisplayPort"}[tier]);
            return new Text(title, description, retail(r, 120, 650, tier, 3));
        }

        private static Text camera(Random r, String line) {
            int tier = r.nextInt(3);
            String reference = ref(r, "C", tier);
            return switch (tier) {
                case 0 -> new Text("Appareil photo compact " + line + " " + reference, String.format(Locale.ROOT,
                        "Appareil photo numérique compact de %d millions de pixels avec zoom optique ×%d stabilisé. "
                                + "Étanche jusqu'à 15 m et résistant aux chocs, il convient aux états des lieux et aux "
                                + "rapports de chantier. Transfert des photos par Wi-Fi vers l'ordinateur ou le téléphone.",
                        pickInt(r, 16, 20), pickInt(r, 4, 5, 10)), retail(r, 180, 1_500, 0, 3));
                case 1 -> new Text("Appareil photo bridge " + line + " " + reference, String.format(Locale.ROOT,
                        "Appareil photo bridge de %d millions de pixels, zoom optique ×%d et vidéo 4K. Viseur "
                                + "électronique, écran orientable et géolocalisation des clichés pour les dossiers "
                                + "techniques et les catalogues de produits. Livré avec une batterie de rechange et une "
                                + "carte mémoire de 64 Go.",
                        pickInt(r, 20, 24), pickInt(r, 24, 40, 60)), retail(r, 180, 1_500, 1, 3));
                default -> new Text("Appareil photo hybride " + line + " " + reference, String.format(Locale.ROOT,
                        "Appareil photo hybride à capteur %s de %d millions de pixels, livré avec un objectif zoom "
                                + "%s. Idéal pour les photos de produits, d'architecture ou d'événements, avec transfert "
                                + "sans fil vers l'ordinateur. Demi-journée de prise en main incluse.",
                        pick(r, "APS-C", "plein format"), pickInt(r, 24, 26, 33), pick(r, "18-55 mm", "24-105 mm")),
                        retail(r, 180, 1_500, 2, 3));
            };
        }

        private static Text projector(Random r, String line) {
            int tier = r.nextInt(3);
            String title = "Vidéoprojecteur " + line + " " + new String[] {"Mobile", "Réunion", "Laser"}[tier] + " "
                    + ref(r, "V", tier);
            String description = String.format(Locale.ROOT, "Vidéoprojecteur de %d lumens en résolution %s, avec %s. "
                            + "Connexion HDMI et projection sans fil depuis un portable ou une tablette, haut-parleur "
                            + "intégré de 16 W. %s",
                    pickInt(r, new int[][] {{3_000, 3_400}, {3_800, 4_200}, {5_000, 5_500}}[tier]),
                    new String[] {"WXGA (1280 × 800)", "Full HD (1920 × 1080)", "4K UHD"}[tier],
                    new String[] {"une lampe de 10 000 heures", "une lampe de 12 000 heures en mode éco",
                            "une source laser de 20 000 heures sans entretien"}[tier],
                    new String[] {"Livré avec sacoche de transport et télécommande.",
                            "Support de plafond et pose disponibles en option.",
                            "Pose au plafond, câblage et réglage sur site compris."}[tier]);
            return new Text(title, description, retail(r, 350, 1_800, tier, 3));
        }

        private static Text indoorCamera(Random r, String line) {
            int tier = r.nextInt(3);
            int megapixels = new int[] {2, 4, 8}[tier];
            String title = "Caméra dôme d'intérieur " + line + " " + ref(r, "D", tier) + " " + megapixels + " Mpx";
            String description = String.format(Locale.ROOT, "Caméra IP fixe d'intérieur au format dôme, capteur %d "
                            + "mégapixels et objectif grand angle de %d°. Vision nocturne infrarouge jusqu'à %d m, "
                            + "alimentation par le câble réseau (PoE) et enregistrement sur carte microSD ou sur "
                            + "enregistreur réseau. Masquage des zones privées pour respecter les recommandations de la CNIL.",
                    megapixels, pickInt(r, 100, 110, 120), pickInt(r, new int[][] {{10}, {15, 20}, {30}}[tier]));
            return new Text(title, description, retail(r, 90, 450, tier, 3));
        }

        private static Text outdoorCamera(Random r, String line) {
            int tier = r.nextInt(3);
            int megapixels = new int[] {4, 5, 8}[tier];
            String shape = pick(r, "tube", "dôme anti-vandale");
            String title = "Caméra d'extérieur " + shape + " " + line + " " + ref(r, "X", tier) + " " + megapixels + " Mpx";
            String description = String.format(Locale.ROOT, "Caméra IP fixe d'extérieur en boîtier %s étanche IP67, "
                            + "capteur %d mégapixels et objectif %s. Vision nocturne infrarouge jusqu'à %d m et détection "
                            + "des personnes et des véhicules pour limiter les fausses alertes. Alimentation PoE, "
                            + "fonctionnement de -30 °C à +60 °C.",
                    shape.equals("tube") ? "tube" : "dôme anti-vandale IK10", megapixels,
                    new String[] {"fixe de 2,8 mm", "varifocal 2,8-12 mm", "varifocal motorisé 2,8-12 mm"}[tier],
                    new int[] {30, 40, 60}[tier]);
            return new Text(title, description, retail(r, 150, 700, tier, 3));
        }

        private static Text motorisedCamera(Random r, String line) {
            int tier = r.nextInt(3);
            int zoom = new int[] {4, 12, 25}[tier];
            String title = "Caméra motorisée " + line + " PTZ " + ref(r, "M", tier) + " zoom ×" + zoom;
            String description = String.format(Locale.ROOT, "Caméra dôme motorisée orientable sur 360° et inclinable "
                            + "sur 90°, zoom optique ×%d et capteur %d mégapixels. Rondes programmées, suivi automatique "
                            + "des mouvements et vision nocturne jusqu'à %d m. %s",
                    zoom, pickInt(r, 2, 4), new int[] {30, 100, 150}[tier],
                    pick(r, "Pilotage depuis un téléphone ou le poste de supervision.",
                            "Pose en façade ou sur mât comprise dans un rayon de 50 km.",
                            "Livrée avec son support mural et son alimentation PoE+."));
            return new Text(title, description, retail(r, 400, 1_800, tier, 3));
        }

        private static Text printer(Random r, String line) {
            int tier = r.nextInt(3);
            String reference = ref(r, "L", tier);
            return switch (tier) {
                case 0 -> new Text("Imprimante laser monochrome " + line + " " + reference, String.format(Locale.ROOT,
                        "Imprimante laser monochrome A4 de %d pages par minute, recto-verso automatique et connexion "
                                + "réseau Ethernet et Wi-Fi. Bac de 250 feuilles, première page en moins de 8 secondes. "
                                + "Coût d'environ %s centimes par page avec la cartouche haute capacité.",
                        pickInt(r, 30, 34, 38, 40), pick(r, "1,5", "1,8", "2,1")), retail(r, 150, 400, 0, 1));
                case 1 -> new Text("Multifonction laser couleur " + line + " " + reference, String.format(Locale.ROOT,
                        "Imprimante multifonction laser couleur A4 : impression, copie et numérisation recto-verso. "
                                + "%d pages par minute, chargeur automatique de 50 feuilles et numérisation directe vers "
                                + "la messagerie ou un dossier partagé. Installation sur le réseau et entretien la "
                                + "première année compris.",
                        pickInt(r, 25, 28, 33)), retail(r, 400, 1_100, 0, 1));
                default -> new Text("Multifonction couleur A3 " + line + " " + reference, String.format(Locale.ROOT,
                        "Multifonction couleur A3 de %d pages par minute pour les bureaux de 5 à 20 personnes, avec "
                                + "deux bacs de 500 feuilles et agrafage. Impression sécurisée par code, suivi des "
                                + "volumes par utilisateur et numérisation vers le cloud. Garantie %s sur site, "
                                + "intervention le jour ouvré suivant.",
                        pickInt(r, 30, 35, 45), pick(r, "2 ans", "3 ans")), retail(r, 1_100, 2_500, 0, 1));
            };
        }

        private static Text labelPrinter(Random r, String line) {
            int tier = r.nextInt(3);
            int width = new int[] {56, 104, 108}[tier];
            String title = "Imprimante d'étiquettes " + line + " " + ref(r, "T", tier) + " " + width + " mm";
            String description = String.format(Locale.ROOT, "Imprimante d'étiquettes %s, largeur d'impression jusqu'à "
                            + "%d mm et résolution de %d points par pouce. Connexion %s, logiciel de création "
                            + "d'étiquettes et de codes-barres fourni. %s",
                    new String[] {"en thermique direct", "en thermique direct ou par transfert thermique",
                            "par transfert thermique"}[tier],
                    width, pickInt(r, new int[][] {{203}, {203, 300}, {300}}[tier]),
                    new String[] {"USB", "USB et Ethernet", "USB, Ethernet et Wi-Fi"}[tier],
                    pick(r, "Adaptée aux étiquettes d'expédition, de prix et de rayonnage.",
                            "Pour la traçabilité alimentaire, les colis et les étiquettes de produits.",
                            "Étiquettes résistantes à l'humidité et aux frottements pour les ateliers."));
            return new Text(title, description, retail(r, 150, 600, tier, 3));
        }

        // --- R1: servers and networks -------------------------------------------------------

        private static Text applicationServer(Random r, String line) {
            int tier = r.nextInt(3);
            int disks = pickInt(r, new int[][] {{2}, {3, 4}, {4, 6}}[tier]);
            String title = "Serveur d'applications " + line + " " + new String[] {"tour", "rack 1U", "rack 2U"}[tier]
                    + " " + ref(r, "S", tier);
            String description = String.format(Locale.ROOT, "Serveur %s à processeur %d cœurs, %d Go de mémoire ECC et "
                            + "%d disques SSD de %s en RAID %s. Livré prêt pour votre logiciel de gestion, de "
                            + "comptabilité ou de caisse, avec onduleur et sauvegarde externe quotidienne. Garantie %s "
                            + "sur site, intervention en 4 heures ouvrées.",
                    new String[] {"tour silencieux", "rackable 1U", "rackable 2U"}[tier],
                    pickInt(r, new int[][] {{8}, {12, 16}, {16, 24}}[tier]),
                    new int[] {32, 64, 128}[tier], disks, pick(r, "960 Go", "1,92 To"),
                    disks == 2 ? "1" : disks == 3 ? "5" : "10", pick(r, "3 ans", "5 ans"));
            return new Text(title, description, retail(r, 1_200, 5_000, tier, 3));
        }

        private static Text dedicatedServer(Random r, String line) {
            int tier = r.nextInt(3);
            int seats = pickInt(r, new int[][] {{5, 10}, {10, 15, 20}, {20, 25, 30}}[tier]);
            String title = "Serveur pré-intégré " + line + " "
                    + new String[] {"Fichiers et sauvegarde", "Messagerie et agendas", "Tout-en-un"}[tier]
                    + " " + seats + " postes";
            String description = String.format(Locale.ROOT, "Serveur dédié livré configuré pour %s, dimensionné pour "
                            + "%d postes. %s Mise en service sur site, reprise des données existantes et formation d'un "
                            + "référent de l'entreprise comprises.",
                    new String[] {"le partage de fichiers et la sauvegarde automatique",
                            "la messagerie, les agendas partagés et l'annuaire des utilisateurs",
                            "le partage de fichiers, la messagerie, la sauvegarde et l'accès distant"}[tier],
                    seats,
                    pick(r, "Sauvegarde chiffrée chaque nuit sur disque externe et copie hors site.",
                            "Supervision à distance avec alerte en cas de panne de disque ou de mise à jour manquée.",
                            "Disques en miroir et onduleur fournis pour protéger les données en cas de coupure."));
            return new Text(title, description, retail((900 + seats * between(r, 120, 150)) * (1 + 0.1 * tier)));
        }

        private static Text wiredLan(Random r, String line) {
            if (r.nextInt(5) < 2) {
                int tier = r.nextInt(2);
                int ports = new int[] {24, 48}[tier];
                return new Text("Commutateur administrable " + line + " " + ports + " ports " + ref(r, "K", tier),
                        String.format(Locale.ROOT, "Commutateur administrable de %d ports Gigabit, dont %d alimentés "
                                        + "en PoE+ pour les téléphones, les bornes Wi-Fi et les caméras. Deux ports SFP pour "
                                        + "relier un second local en fibre optique, réseaux virtuels (VLAN) et qualité de "
                                        + "service pour la voix. Configuration initiale par téléphone comprise.",
                                ports, ports / 2), retail(r, 300, 1_000, tier, 2));
            }
            int tier = r.nextInt(3);
            int sockets = pickInt(r, new int[][] {{8, 12}, {16, 24}, {32, 48}}[tier]);
            return new Text("Réseau filaire " + line + " – " + sockets + " prises RJ45",
                    String.format(Locale.ROOT, "Câblage de %d prises RJ45 catégorie 6A, baie de brassage et commutateur "
                                    + "Gigabit administrable. Pose, repérage et recette de chaque prise, avec remise du "
                                    + "cahier de recette et du plan de câblage. %s",
                            sockets, pick(r, "Intervention en site occupé, sans interrompre l'activité.",
                                    "Travaux réalisables le samedi sans supplément.",
                                    "Garantie de 10 ans sur le câblage.")),
                    retail(350 + sockets * between(r, 45, 60)));
        }

        private static Text plc(Random r, String line) {
            int tier = r.nextInt(3);
            int adapters = pickInt(r, 2, 3);
            int speed = new int[] {1_000, 1_300, 2_400}[tier];
            String title = "Kit CPL " + line + " " + speed + " Mbit/s – " + adapters + " adaptateurs";
            String description = String.format(Locale.ROOT, "Kit de %d adaptateurs CPL à %d Mbit/s théoriques, %s. Le "
                            + "réseau passe par les prises électriques existantes, sans travaux, chiffré en AES 128 bits "
                            + "par simple appui sur un bouton. %s",
                    adapters, speed,
                    new String[] {"avec prise électrique intégrée", "avec deux ports Gigabit par adaptateur",
                            "dont un point d'accès Wi-Fi 6"}[tier],
                    pick(r, "Idéal pour relier un bureau à l'étage, une réserve ou un atelier.",
                            "Installation et test dans vos locaux disponibles en option.", "Garantie 3 ans."));
            return new Text(title, description, retail(between(r, new double[] {55, 110, 180}[tier],
                    new double[] {90, 160, 260}[tier]) * (adapters == 3 ? 1.45 : 1)));
        }

        private static final String[] NUMBERS = {"Zéro", "Une", "Deux", "Trois", "Quatre", "Cinq", "Six"};

        private static Text wifi(Random r, String line) {
            int tier = r.nextInt(3);
            int points = pickInt(r, new int[][] {{1}, {2, 3}, {4, 6}}[tier]);
            String standard = pick(r, "Wi-Fi 6", "Wi-Fi 6E", "Wi-Fi 7");
            int area = points * pickInt(r, 150, 200, 250);
            String title = "Wi-Fi professionnel " + line + " – " + points + (points == 1 ? " borne " : " bornes ") + standard;
            String description = String.format(Locale.ROOT, "%s couvrant jusqu'à %d m², gérée%s depuis une console "
                            + "unique. Réseau invité séparé avec portail d'accueil, pour ne jamais ouvrir le réseau de "
                            + "l'entreprise aux visiteurs. Étude de couverture, pose et paramétrage compris.",
                    points == 1 ? "Une borne " + standard + " professionnelle"
                            : NUMBERS[points] + " bornes " + standard + " professionnelles",
                    area, points == 1 ? "" : "s");
            double perPoint = standard.equals("Wi-Fi 6") ? between(r, 180, 240)
                    : standard.equals("Wi-Fi 6E") ? between(r, 230, 290) : between(r, 290, 360);
            return new Text(title, description, retail(150 + points * perPoint));
        }

        private static Text remoteAccess(Random r, String line) {
            int tier = r.nextInt(3);
            int users = pickInt(r, new int[][] {{5, 10}, {15, 25}, {50}}[tier]);
            String title = "Accès distant sécurisé " + line + " – " + users + " utilisateurs";
            String description = String.format(Locale.ROOT, "Passerelle VPN pour %d utilisateurs en télétravail ou en "
                            + "déplacement, avec double authentification par application mobile. Accès aux fichiers, aux "
                            + "logiciels et à la téléphonie de l'entreprise comme au bureau, échanges chiffrés de bout en "
                            + "bout. %s",
                    users, pick(r, "Configuration des postes et guide pour les utilisateurs compris.",
                            "Licences et mises à jour pour trois ans incluses.",
                            "Mise en service à distance en une demi-journée."));
            return new Text(title, description, retail(150 + users * between(r, 35, 45)));
        }

        private static Text security(Random r, String line) {
            int tier = r.nextInt(3);
            if (r.nextInt(4) == 0) {
                int seats = new int[] {5, 10, 25}[tier];
                return new Text("Protection des postes gérée " + line + " – " + seats + " postes",
                        String.format(Locale.ROOT, "Antivirus et pare-feu de poste pour %d ordinateurs, administrés à "
                                        + "distance par nos techniciens pendant un an. Mises à jour surveillées, alerte et "
                                        + "nettoyage en cas d'infection, rapport mensuel au dirigeant. Déploiement sur les "
                                        + "postes compris.",
                                seats), retail(r, 300, 1_200, tier, 3));
            }
            int seats = new int[] {10, 25, 50}[tier];
            int years = pickInt(r, 1, 3);
            String title = "Pare-feu unifié " + line + " " + ref(r, "G", tier) + " – " + seats + " postes";
            String description = String.format(Locale.ROOT, "Pare-feu unifié pour protéger jusqu'à %d postes : filtrage "
                            + "web, antivirus et antispam en passerelle, détection d'intrusion. %s Abonnement de %d %s "
                            + "aux mises à jour de sécurité et assistance téléphonique compris.",
                    seats, pick(r, "Rapport mensuel des menaces bloquées envoyé au dirigeant.",
                            "Liaisons VPN avec les sites distants et les télétravailleurs incluses.",
                            "Console d'administration en français et alertes par courriel."),
                    years, years == 1 ? "an" : "ans");
            return new Text(title, description, retail(r, 600, 3_500, tier, 3));
        }

        // --- R2: telecom ----------------------------------------------------------------------

        private static Text telecomEquipment(Random r, String line) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    int tier = r.nextInt(3);
                    int seats = new int[] {8, 16, 32}[tier];
                    return new Text("Standard téléphonique IP " + line + " " + seats + " postes",
                            String.format(Locale.ROOT, "Standard téléphonique IP pour %d postes avec accueil vocal, files "
                                            + "d'attente, renvoi vers les mobiles et messages vocaux transmis par courriel. "
                                            + "Livré avec %d postes IP à écran couleur alimentés par le réseau. Installation, "
                                            + "programmation et formation des utilisateurs sur site comprises.",
                                    seats, seats / 2), retail(r, 900, 4_500, tier, 3));
                }
                case 1 -> {
                    int tier = r.nextInt(2);
                    return new Text("Poste téléphonique IP " + line + " " + ref(r, "IP", tier),
                            String.format(Locale.ROOT, "Poste téléphonique IP à écran couleur, %d touches programmables "
                                            + "et combiné haute définition. Compatible avec les standards IP du marché et la "
                                            + "téléphonie hébergée, alimentation par le réseau (PoE). Garantie 3 ans.",
                                    new int[] {6, 12}[tier]), retail(r, 90, 350, tier, 2));
                }
                case 2 -> {
                    int handsets = pickInt(r, 2, 4, 6);
                    return new Text("Téléphonie sans fil DECT " + line + " – base et " + handsets + " combinés",
                            String.format(Locale.ROOT, "Base DECT IP et %d combinés sans fil pour rester joignable dans "
                                            + "l'atelier, le magasin ou l'entrepôt. Portée de 50 m en intérieur et de 300 m en "
                                            + "extérieur, 20 heures de conversation. Répéteurs disponibles pour les grands "
                                            + "locaux.",
                                    handsets), retail(r, 150, 900, handsets / 2 - 1, 3));
                }
                default -> {
                    int tier = r.nextInt(2);
                    return new Text("Kit de visioconférence " + line + " " + ref(r, "VC", tier),
                            String.format(Locale.ROOT, "Barre de visioconférence avec caméra grand angle 4K, micros à "
                                            + "réduction de bruit et haut-parleur pour les salles de %s personnes. Compatible "
                                            + "avec les principaux services de visioconférence, branchement USB sur le portable "
                                            + "de la réunion. Installation et une heure de prise en main comprises.",
                                    new String[] {"2 à 6", "6 à 12"}[tier]), retail(r, 600, 2_500, tier, 2));
                }
            }
        }

        private static final String[] COMMITMENTS = {"sans engagement", "engagement de 12 mois", "engagement de 24 mois"};

        private static Text telecomService(Random r) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    int tier = r.nextInt(3);
                    int data = pickInt(r, new int[][] {{10, 20}, {50, 80}, {150, 200}}[tier]);
                    return new Text("Forfait mobile Pro " + data + " Go",
                            String.format(Locale.ROOT, "Forfait mobile professionnel avec appels, SMS et MMS illimités "
                                            + "en France et %d Go d'internet mobile en 4G/5G. %s Prix mensuel par ligne, %s.",
                                    data, pick(r, "Appels et internet depuis l'Union européenne compris.",
                                            "Double appel, messagerie vocale visuelle et partage de connexion inclus.",
                                            "Gestion des lignes en ligne et facture détaillée par collaborateur."),
                                    pick(r, COMMITMENTS)), retail(r, 20, 50, tier, 3));
                }
                case 1 -> {
                    int tier = r.nextInt(2);
                    return new Text(new String[] {"Ligne fixe IP Pro", "Ligne fixe IP Pro International"}[tier],
                            String.format(Locale.ROOT, "Ligne téléphonique sur votre accès Internet, avec appels illimités "
                                            + "vers les fixes et les mobiles de France%s. Conservation de votre numéro, "
                                            + "présentation du numéro et renvoi d'appel vers un mobile. Prix mensuel, %s.",
                                    tier == 0 ? "" : " et vers les fixes de 50 destinations", pick(r, COMMITMENTS)),
                            retail(r, 20, 45, tier, 2));
                }
                case 2 -> {
                    int tier = r.nextInt(3);
                    int users = pickInt(r, new int[][] {{3, 5}, {8, 10}, {12, 15}}[tier]);
                    return new Text("Standard hébergé " + users + " utilisateurs",
                            String.format(Locale.ROOT, "Standard téléphonique hébergé pour %d utilisateurs : accueil "
                                            + "vocal, horaires d'ouverture, files d'attente et renvoi vers les mobiles. Appels "
                                            + "illimités vers les fixes et les mobiles de France, application pour téléphone et "
                                            + "ordinateur. Prix mensuel, %s.",
                                    users, pick(r, COMMITMENTS)), retail(15 + users * between(r, 6, 7)));
                }
                default -> {
                    int tier = r.nextInt(3);
                    int channels = pickInt(r, new int[][] {{2, 4}, {6, 8}, {10, 12}}[tier]);
                    return new Text("Trunk SIP " + channels + " communications simultanées",
                            String.format(Locale.ROOT, "Raccordement de votre standard IP au réseau téléphonique par "
                                            + "trunk SIP : %d communications simultanées et une tranche de 10 numéros. Appels "
                                            + "illimités vers les fixes de France, secours automatique vers un numéro mobile "
                                            + "en cas de coupure. Prix mensuel, %s.",
                                    channels, pick(r, COMMITMENTS)), retail(10 + channels * between(r, 7, 9)));
                }
            }
        }

        // --- R3: Internet -----------------------------------------------------------------

        private static final String[] SUPPORT_HOURS = {"du lundi au samedi de 8 h à 20 h",
                "7 jours sur 7 de 8 h à 22 h", "24 heures sur 24, 7 jours sur 7"};

        private static Text internetAccess(Random r) {
            switch (r.nextInt(5)) {
                case 0, 1 -> {
                    int tier = r.nextInt(3);
                    String down = new String[] {"500 Mbit/s", "1 Gbit/s", "2 Gbit/s"}[tier];
                    return new Text("Fibre Pro " + down + (r.nextBoolean() ? "" : " avec secours 4G"),
                            String.format(Locale.ROOT, "Accès Internet par fibre optique jusqu'à %s en réception et %s en "
                                            + "envoi, avec adresse IP fixe et routeur Wi-Fi 6 professionnel. Assistance "
                                            + "technique joignable %s et rétablissement %s. Prix mensuel, mise en service "
                                            + "offerte avec un engagement de 24 mois.",
                                    down, new String[] {"300 Mbit/s", "700 Mbit/s", "1 Gbit/s"}[tier],
                                    pick(r, SUPPORT_HOURS), pick(r, "le jour ouvré suivant", "sous 8 heures ouvrées")),
                            retail(r, 30, 90, tier, 3));
                }
                case 2 -> {
                    int tier = r.nextInt(3);
                    String speed = new String[] {"100 Mbit/s", "300 Mbit/s", "1 Gbit/s"}[tier];
                    return new Text("Fibre dédiée " + speed + " symétriques",
                            String.format(Locale.ROOT, "Fibre optique dédiée à votre entreprise, avec un débit garanti de "
                                            + "%s dans les deux sens. Garantie de rétablissement en 4 heures, 24 heures sur 24, "
                                            + "supervision permanente et 8 adresses IP fixes. Prix mensuel, engagement de 36 mois.",
                                    speed), retail(r, 250, 900, tier, 3));
                }
                case 3 -> {
                    boolean fiveG = r.nextBoolean();
                    String volume = pick(r, "200 Go", "500 Go", "illimité");
                    return new Text("Box " + (fiveG ? "5G" : "4G") + " Pro – " + volume,
                            String.format(Locale.ROOT, "Accès Internet par le réseau mobile %s pour les locaux mal desservis "
                                            + "ou en attente de la fibre, avec une box Wi-Fi et une antenne extérieure si "
                                            + "besoin. Volume de données %s par mois, assistance joignable %s. Prix mensuel, "
                                            + "sans engagement.",
                                    fiveG ? "5G" : "4G", volume.equals("illimité") ? "illimité" : "de " + volume,
                                    pick(r, SUPPORT_HOURS)), retail(r, 30, 70, fiveG ? 1 : 0, 2));
                }
                default -> {
                    int tier = r.nextInt(2);
                    return new Text(tier == 0 ? "Internet Pro VDSL jusqu'à 50 Mbit/s"
                                    : "Internet Pro par satellite jusqu'à 150 Mbit/s",
                            tier == 0 ? String.format(Locale.ROOT, "Accès haut débit sur ligne téléphonique en cuivre, "
                                            + "jusqu'à 50 Mbit/s selon l'éligibilité, pour les locaux pas encore raccordés à la "
                                            + "fibre. Adresse IP fixe et assistance joignable %s. Prix mensuel, sans engagement.",
                                    pick(r, SUPPORT_HOURS))
                                    : "Accès Internet par satellite jusqu'à 150 Mbit/s partout sur le territoire, y compris "
                                    + "dans les zones blanches. Pose de la parabole et réglage par un technicien compris. "
                                    + "Prix mensuel, engagement de 12 mois.",
                            tier == 0 ? retail(r, 30, 50, 0, 1) : retail(r, 60, 120, 0, 1));
                }
            }
        }

        private static Text website(Random r) {
            switch (r.nextInt(5)) {
                case 0 -> {
                    int pages = pickInt(r, 5, 8, 10, 15);
                    return new Text("Site vitrine " + pages + " pages",
                            String.format(Locale.ROOT, "Création d'un site vitrine de %d pages adapté aux téléphones, avec "
                                            + "formulaire de contact, plan d'accès et référencement local. Reprise de vos "
                                            + "textes, sélection de photos et mise en ligne sur votre nom de domaine. "
                                            + "Hébergement et nom de domaine compris la première année.",
                                    pages), retail(r, 800, 2_200, pages / 5 - 1, 3));
                }
                case 1 -> {
                    int tier = r.nextInt(3);
                    int products = new int[] {50, 200, 500}[tier];
                    return new Text("Boutique en ligne jusqu'à " + products + " produits",
                            String.format(Locale.ROOT, "Boutique en ligne clé en main pour %d produits : paiement sécurisé "
                                            + "par carte, gestion des stocks, des frais de port et des factures. Conditions "
                                            + "générales, mentions légales et bandeau de cookies conformes. Formation de deux "
                                            + "heures à l'ajout des produits et au suivi des commandes.",
                                    products), retail(r, 2_500, 5_000, tier, 3));
                }
                case 2 -> {
                    String trade = pick(r, "artisans", "professions de santé", "restaurants", "instituts de beauté");
                    return new Text("Site avec prise de rendez-vous en ligne pour " + trade,
                            "Site de 5 pages avec agenda de réservation en ligne, confirmation et rappel des rendez-vous "
                                    + "par courriel ou SMS. Vos clients réservent à toute heure, vous gardez la main sur "
                                    + "vos disponibilités depuis votre téléphone. Mise en ligne en trois semaines.",
                            retail(r, 1_500, 3_000, 0, 1));
                }
                case 3 -> {
                    String languages = pick(r, "français et anglais", "français, anglais et espagnol",
                            "français, anglais et allemand", "français, anglais et italien");
                    return new Text("Site multilingue " + languages,
                            String.format(Locale.ROOT, "Site de 10 pages en %s, avec traduction professionnelle des "
                                            + "textes et choix de la langue sur chaque page. Référencement dans chaque langue "
                                            + "et statistiques de fréquentation respectueuses de la vie privée. Idéal pour le "
                                            + "tourisme et l'export.",
                                    languages), retail(r, 2_000, 4_200, 0, 1));
                }
                default -> {
                    boolean accessibility = r.nextBoolean();
                    return new Text(accessibility ? "Refonte de site et mise en accessibilité" : "Refonte de site existant",
                            (accessibility ? "Refonte de votre site actuel et mise en conformité avec le référentiel "
                                    + "d'accessibilité (RGAA), pour les personnes handicapées comme pour tous. "
                                    : "Refonte graphique et technique de votre site actuel, adapté aux téléphones et plus "
                                    + "rapide. ") + "Reprise des contenus, redirection des anciennes adresses pour garder "
                                    + "votre référencement, mise en ligne sans interruption.",
                            retail(r, 900, 3_000, accessibility ? 1 : 0, 2));
                }
            }
        }

        // --- R4: service providers -----------------------------------------------------------

        private static Text service(Random r, List<Service> services) {
            Service service = services.get(r.nextInt(services.size()));
            String description = String.format(Locale.ROOT, service.description(),
                    pick(r, "4 heures", "8 heures", "24 heures"), pickInt(r, 30, 40, 50, 60));
            double raw = service.minPrice() + r.nextDouble() * (service.maxPrice() - service.minPrice());
            return new Text(service.title(), description, rate(raw));
        }

        /** In the descriptions, "%1$s" is a response time and "%2$d" a radius in km (some use neither). */
        private static final List<Service> ADVISER_SERVICES = List.of(
                new Service("Diagnostic numérique de l'entreprise",
                        "Une journée dans l'entreprise pour faire le point sur les ordinateurs, le réseau, la "
                                + "téléphonie et les abonnements. Remise d'un rapport clair et d'un plan d'action chiffré, "
                                + "par ordre de priorité. Tarif par jour, déplacement compris dans un rayon de %2$d km.",
                        350, 900),
                new Service("Choix et achat d'équipements informatiques",
                        "Analyse des besoins, cahier des charges simple et comparaison d'au moins trois devis de "
                                + "fournisseurs, en toute indépendance. Accompagnement jusqu'à la livraison et la mise en "
                                + "service. Tarif par jour d'accompagnement.",
                        350, 900),
                new Service("Audit des contrats télécoms et des factures",
                        "Relevé de toutes les lignes fixes, mobiles et Internet, recherche des services inutiles et des "
                                + "engagements cachés. Recommandations et aide à la renégociation avec les opérateurs. "
                                + "Tarif par jour, économies constatées souvent dès la première facture.",
                        350, 900),
                new Service("Sécurité informatique : diagnostic et plan d'action",
                        "Vérification des sauvegardes, des mots de passe, des mises à jour et de la protection des "
                                + "postes, selon les recommandations de l'ANSSI pour les petites entreprises. Plan "
                                + "d'action concret et sensibilisation des salariés à l'hameçonnage. Tarif par jour.",
                        350, 900),
                new Service("Mise en conformité RGPD",
                        "Registre des traitements, mentions d'information, durées de conservation et contrats avec "
                                + "les sous-traitants : tout ce que la CNIL attend d'une petite entreprise. Modèles "
                                + "adaptés à votre activité et suivi à trois mois. Tarif par jour.",
                        350, 900),
                new Service("Organisation du télétravail",
                        "Choix des outils d'accès distant, de messagerie et de visioconférence, règles de sécurité et "
                                + "charte de télétravail. Mise en place accompagnée avec vos fournisseurs. Tarif par jour.",
                        350, 900),
                new Service("Cahier des charges d'un site Internet",
                        "Définition des objectifs, des pages et des fonctions du futur site, puis consultation de "
                                + "prestataires et aide au choix. Suivi de la réalisation jusqu'à la mise en ligne. "
                                + "Tarif par jour.",
                        350, 900),
                new Service("Sauvegarde et continuité d'activité",
                        "Inventaire des données vitales, choix d'une solution de sauvegarde et test de restauration "
                                + "réel. Procédure écrite pour redémarrer après une panne, un vol ou un rançongiciel. "
                                + "Tarif par jour.",
                        350, 900));

        private static final List<Service> IT_CENTRE_SERVICES = List.of(
                new Service("Assistance informatique – carnet de 10 heures",
                        "Dix heures d'intervention sur site ou à distance, valables un an et décomptées au quart "
                                + "d'heure. Intervention sur site sous %1$s ouvrées dans un rayon de %2$d km, assistance "
                                + "téléphonique du lundi au vendredi de 8 h 30 à 18 h.",
                        450, 750),
                new Service("Contrat de maintenance informatique jusqu'à 5 postes",
                        "Maintenance préventive et curative de 5 postes, d'une imprimante et du réseau, pour un an. "
                                + "Télémaintenance illimitée et intervention sur site sous %1$s ouvrées, pièces en sus. "
                                + "Prix annuel.",
                        900, 1_800),
                new Service("Contrat de maintenance informatique jusqu'à 15 postes",
                        "Maintenance de 15 postes, des serveurs et du réseau pour un an, avec une visite préventive "
                                + "par trimestre. Télémaintenance illimitée et intervention sur site sous %1$s ouvrées "
                                + "dans un rayon de %2$d km. Prix annuel.",
                        1_800, 3_600),
                new Service("Installation d'un poste de travail",
                        "Déballage, installation et paramétrage d'un ordinateur neuf : comptes, messagerie, "
                                + "imprimantes, logiciels métier et transfert des données de l'ancien poste. Intervention "
                                + "sur site dans un rayon de %2$d km. Prix par poste.",
                        90, 180),
                new Service("Dépannage informatique sur site",
                        "Intervention ponctuelle sur site sous %1$s ouvrées pour une panne, un virus ou un poste "
                                + "trop lent. Diagnostic et devis avant toute pièce à changer. Prix de l'heure, "
                                + "déplacement compris dans un rayon de %2$d km.",
                        55, 95),
                new Service("Télésauvegarde gérée 200 Go",
                        "Sauvegarde automatique chaque nuit des données de l'entreprise dans un centre de données "
                                + "situé en France, chiffrée et conservée 30 jours. Contrôle quotidien par nos techniciens "
                                + "et restauration sur simple appel. Prix mensuel.",
                        25, 60),
                new Service("Formation bureautique en entreprise",
                        "Une journée de formation pour 6 personnes au plus, dans vos locaux : traitement de texte, "
                                + "tableur, messagerie et partage de documents. Exercices tirés de votre activité et "
                                + "support remis à chacun. Prix par journée.",
                        450, 800),
                new Service("Audit du parc informatique",
                        "Inventaire des postes, des licences, des sauvegardes et de la sécurité, avec un rapport de "
                                + "recommandations chiffrées. Visite sur site d'une demi-journée dans un rayon de %2$d km.",
                        400, 900));

        private static final List<Service> TELECOM_CENTRE_SERVICES = List.of(
                new Service("Maintenance de standard téléphonique – contrat annuel",
                        "Maintenance du standard et des postes pendant un an : télémaintenance, modifications de "
                                + "programmation illimitées et intervention sur site sous %1$s ouvrées. Prix annuel.",
                        300, 900),
                new Service("Intervention télécoms sur site",
                        "Dépannage ou modification de votre installation téléphonique, de vos lignes ou de vos prises, "
                                + "sur site sous %1$s ouvrées dans un rayon de %2$d km. Prix de l'heure, déplacement compris.",
                        60, 110),
                new Service("Audit des lignes et des factures télécoms",
                        "Inventaire de toutes les lignes et de tous les contrats, repérage des lignes inutilisées et "
                                + "des options superflues. Rapport d'économies et aide à la résiliation. Prix forfaitaire.",
                        350, 700),
                new Service("Paramétrage de l'accueil téléphonique",
                        "Enregistrement des messages d'accueil et d'attente, horaires d'ouverture, renvois et "
                                + "groupes d'appel selon votre organisation. Réalisé à distance ou sur site en une "
                                + "demi-journée. Prix forfaitaire.",
                        150, 350),
                new Service("Migration vers la téléphonie IP",
                        "Étude de l'existant, choix de l'offre, conservation des numéros et bascule un soir ou un "
                                + "samedi pour ne perdre aucun appel. Formation des utilisateurs sur site comprise. Prix "
                                + "forfaitaire jusqu'à 10 postes.",
                        500, 1_500),
                new Service("Gestion de flotte mobile",
                        "Commande, configuration et remplacement des téléphones de vos salariés, suivi des forfaits "
                                + "et des consommations, effacement à distance en cas de perte. Prix mensuel par ligne.",
                        3, 9),
                new Service("Câblage et brassage téléphonique",
                        "Pose de prises, brassage de la baie et tests des liaisons pour un nouveau bureau ou un "
                                + "déménagement, sur site dans un rayon de %2$d km. Prix forfaitaire jusqu'à 10 prises.",
                        300, 900));

        private static final List<Service> IT_TELECOM_CENTRE_SERVICES = List.of(
                new Service("Infogérance informatique et télécoms jusqu'à 10 postes",
                        "Un seul interlocuteur pour les ordinateurs, le réseau, Internet et la téléphonie : "
                                + "supervision, mises à jour, assistance illimitée et intervention sur site sous %1$s "
                                + "ouvrées. Prix mensuel.",
                        250, 600),
                new Service("Assistance informatique et téléphonie – carnet de 20 heures",
                        "Vingt heures d'intervention sur l'informatique comme sur la téléphonie, sur site ou à "
                                + "distance, valables un an. Intervention sur site sous %1$s ouvrées dans un rayon de "
                                + "%2$d km.",
                        900, 1_400),
                new Service("Installation d'un bureau complet",
                        "Ordinateur, téléphone, prise réseau et accès aux imprimantes installés et testés en une "
                                + "seule intervention, pour l'arrivée d'un salarié. Sur site dans un rayon de %2$d km. Prix "
                                + "par poste, matériel en sus.",
                        300, 700),
                new Service("Déménagement informatique et téléphonique",
                        "Préparation, démontage, transport et remise en service des postes, du serveur, du réseau et "
                                + "du standard, transfert des lignes compris. Reprise de l'activité garantie le lundi "
                                + "matin. Prix forfaitaire jusqu'à 10 postes.",
                        800, 2_500),
                new Service("Assistance unique informatique et télécoms",
                        "Un numéro unique pour toutes les questions sur l'informatique, Internet et la téléphonie, du "
                                + "lundi au samedi, et une intervention sur site sous %1$s ouvrées si nécessaire. Prix "
                                + "mensuel par poste.",
                        15, 35),
                new Service("Diagnostic du réseau et de la téléphonie",
                        "Mesures du réseau, du Wi-Fi et de la qualité des appels, recherche des coupures et des "
                                + "lenteurs. Rapport et devis de remise en état. Visite sur site dans un rayon de %2$d km.",
                        400, 900),
                new Service("Formation aux outils collaboratifs et à la téléphonie",
                        "Une journée dans vos locaux pour 8 personnes au plus : agenda et documents partagés, "
                                + "visioconférence, renvois d'appel et messagerie vocale. Prix par journée.",
                        450, 800));

        // --- helpers -----------------------------------------------------------------------

        /** A model reference such as {@code B-240}: the hundreds follow the tier. */
        private static String ref(Random r, String letters, int tier) {
            return letters + "-" + ((tier + 1) * 100 + r.nextInt(10) * 10);
        }

        @SafeVarargs
        private static <T> T pick(Random r, T... options) {
            return options[r.nextInt(options.length)];
        }

        private static int pickInt(Random r, int... options) {
            return options[r.nextInt(options.length)];
        }

        /** A shop price in [min, max], within the {@code tier}-th of {@code tiers} equal slices. */
        private static BigDecimal retail(Random r, double min, double max, int tier, int tiers) {
            double low = min + (max - min) * tier / tiers;
            double high = min + (max - min) * (tier + 1) / tiers;
            return retail(low + r.nextDouble() * (high - low));
        }

        /** Shop prices end in 9.90 above 100 € (1 249,90), in .90 below (39,90). */
        private static BigDecimal retail(double raw) {
            long cents = raw >= 100 ? Math.round(raw / 10) * 1_000 - 10 : Math.round(raw) * 100 - 10;
            return BigDecimal.valueOf(Math.max(cents, 0), 2);
        }

        /** Service rates are round: to 10 € from 100 €, to 5 € from 20 €, to 50 cents below. */
        private static BigDecimal rate(double raw) {
            long stepCents = raw >= 100 ? 1_000 : raw >= 20 ? 500 : 50;
            return BigDecimal.valueOf(Math.round(raw * 100 / stepCents) * stepCents, 2);
        }

        private static double between(Random r, double min, double max) {
            return min + r.nextDouble() * (max - min);
        }
    }
}
