package fr.catalogue.db.demo;

import fr.catalogue.db.DatabaseAddress;
import fr.catalogue.offer.OfferContentJson;
import fr.catalogue.offer.OfferInput;
import fr.catalogue.offer.OfferStatus;
import fr.catalogue.partner.Luhn;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.security.PasswordHash;
import fr.catalogue.security.Role;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
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
import java.time.LocalDate;
import java.time.ZoneId;
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
 * <p>Every offer declares the facts its category's specification (V4 migration) asks for: attributes,
 * price components (R12) and, for competence centres, Annex 3 services (R9). Every published offer
 * meets every mandatory criterion of the version in force of its category, except about a third of
 * the published PC_DESKTOP offers ({@link #LEGACY_PC_SHARE}): published before version 2 of that
 * specification, they meet version 1 only, and the application flags them when it re-evaluates
 * the category (R5, R17). Every other draft misses a mandatory fact, as an unfinished draft does.
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
    /** One published PC_DESKTOP offer in this many meets version 1 of its specification only. */
    static final int LEGACY_PC_SHARE = 3;

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

    /**
     * An offer of the partner numbered {@code partnerNumber}; {@code publishedAt} is null for a draft.
     *
     * <p>With the facts the conformance engine reads (R5, R11), keyed by criterion key of the V4
     * migration: {@code attributes} as a partner types them ("16 Go", "oui", lists joined with "; "),
     * {@code pricing} the components of the price (R12), {@code services} the Annex 3 services of a
     * competence centre (R9), empty for any other offer. The maps keep the order of the criteria and
     * cannot be changed.
     */
    public record DemoOffer(int partnerNumber, String categoryCode, String title, String description,
                            BigDecimal priceExclVat, OfferStatus status, Instant publishedAt, Instant createdAt,
                            Instant updatedAt, Map<String, String> attributes, Map<String, DemoPrice> pricing,
                            Map<String, Coverage> services) {

        public DemoOffer {
            attributes = frozen(attributes);
            pricing = frozen(pricing);
            services = frozen(services);
        }

        private static <V> Map<String, V> frozen(Map<String, V> map) {
            return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    /**
     * One component of an offer's price (R12), as stored in {@code offer_price_component}.
     *
     * @param amount euros excluding VAT; 0 when included in the base offer, null when not a figure
     * @param unit   what the amount is for ("mois", "km", "jour"), or null
     * @param description what the component covers, in French
     */
    public record DemoPrice(BigDecimal amount, String unit, String description) {

        public DemoPrice {
            if (amount != null && amount.signum() < 0) {
                throw new IllegalArgumentException("A price component cannot be negative: " + amount);
            }
        }
    }

    /** How a competence centre covers an Annex 3 service (R9), as stored in {@code offer_service}. */
    public enum Coverage {
        /** « savoir faire »: the centre does it itself. */
        DIRECT,
        /** « savoir faire faire »: through an identified partner. */
        VIA_PARTNER
    }

    /**
     * A demo account with its clear demo password (hashed only when loaded). {@code partnerNumber}
     * is set for a partner's account only. {@link #toString()} leaves the password out.
     */
    public record DemoAccount(String userCode, String password, Role role, Integer partnerNumber, String displayName,
                              Instant createdAt, String email) {

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
        /** Published PC_DESKTOP offers and drafts seen so far, to pick the legacy PCs and the incomplete drafts. */
        private int publishedDesktops;
        private int drafts;

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
            // The status comes first: a published desktop PC may be a legacy one (version 1 only).
            Set<String> titles = new HashSet<>();
            List<DemoOffer> offers = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                String category = categories.get(i);
                OfferStatus status = statuses.get(i);
                boolean legacy = category.equals("PC_DESKTOP") && status == OfferStatus.PUBLISHED
                        && publishedDesktops++ % LEGACY_PC_SHARE == 0;
                offers.add(offer(partnerNumber, category, uniqueText(category, seed.line(), titles, legacy), status,
                        legacy));
            }
            return offers;
        }

        private DemoTexts.Text uniqueText(String category, String line, Set<String> titlesSoFar, boolean legacy) {
            DemoTexts.Text text = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                text = DemoTexts.describe(category, random, line, legacy);
                if (titlesSoFar.add(text.title())) {
                    return text;
                }
            }
            // Practically unreachable: every category offers far more titles than a partner has offers.
            for (int n = 2; ; n++) {
                String title = text.title() + " (formule " + n + ")";
                if (titlesSoFar.add(title)) {
                    return text.withTitle(title);
                }
            }
        }

        /**
         * An offer with its dates. A legacy desktop PC was published in the older half of the span,
         * before version 2 of its specification. Every other draft misses its first attribute.
         */
        private DemoOffer offer(int partnerNumber, String category, DemoTexts.Text text, OfferStatus status,
                                boolean legacy) {
            long day = 86_400;
            Instant publishedAt = null;
            Instant createdAt;
            Instant updatedAt;
            if (status == OfferStatus.DRAFT) {
                long age = 3_600 + seconds(120 * day);
                createdAt = now.minusSeconds(age);
                updatedAt = createdAt.plusSeconds(seconds(age));
            } else {
                long span = PUBLICATION_SPAN.toSeconds();
                long age = legacy ? span / 2 + seconds(span / 2) : day + seconds(span - day);
                publishedAt = now.minusSeconds(age);
                createdAt = publishedAt.minusSeconds(3_600 + seconds(20 * day));
                if (status == OfferStatus.WITHDRAWN) {
                    updatedAt = publishedAt.plusSeconds(seconds(age)); // the withdrawal
                } else {
                    updatedAt = random.nextInt(10) < 7 ? publishedAt : publishedAt.plusSeconds(seconds(age));
                }
            }
            Map<String, String> attributes = new LinkedHashMap<>(text.attributes());
            if (status == OfferStatus.DRAFT && drafts++ % 2 == 0) {
                attributes.remove(attributes.keySet().iterator().next());
            }
            return new DemoOffer(partnerNumber, category, text.title(), text.description(), text.price(), status,
                    publishedAt, createdAt, updatedAt, attributes, text.pricing(), text.services());
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
                            DemoAccounts.ADMIN_DISPLAY_NAME, now.minus(PUBLICATION_SPAN).minus(Duration.ofDays(450)),
                            DemoAccounts.ADMIN_EMAIL),
                    new DemoAccount(DemoAccounts.REVIEWER_USER_CODE, DemoAccounts.REVIEWER_PASSWORD, Role.REVIEWER,
                            null, DemoAccounts.REVIEWER_DISPLAY_NAME,
                            now.minus(PUBLICATION_SPAN).minus(Duration.ofDays(440)), DemoAccounts.REVIEWER_EMAIL),
                    new DemoAccount(DemoAccounts.PARTNER_1_USER_CODE, DemoAccounts.PARTNER_1_PASSWORD, Role.PARTNER,
                            DemoAccounts.PARTNER_1_NUMBER, DemoAccounts.PARTNER_1_DISPLAY_NAME,
                            first.plus(Duration.ofHours(2)), DemoAccounts.PARTNER_1_EMAIL),
                    new DemoAccount(DemoAccounts.PARTNER_2_USER_CODE, DemoAccounts.PARTNER_2_PASSWORD, Role.PARTNER,
                            DemoAccounts.PARTNER_2_NUMBER, DemoAccounts.PARTNER_2_DISPLAY_NAME,
                            second.plus(Duration.ofHours(3)), DemoAccounts.PARTNER_2_EMAIL));
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
            if (Luhn.passes(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("Some Luhn check digit always exists");
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
                DemoDocuments.insert(connection, clock.instant(), DemoAccounts.ADMIN_USER_CODE);
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
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO partner (name, siren, kind, town, "
                + "postcode, website, created_at, siret, ape_code, address, contact_name, contact_function, phone, email) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoPartner partner : partners) {
                // the profile (R8), derived from the partner without drawing on the random sequence
                insert.setString(8, siret(partner.siren()));
                insert.setString(9, apeCode(partner.kind()));
                insert.setString(10, (partner.number() * 7 % 90 + 1) + " avenue de la République");
                insert.setString(11, "Service partenaires");
                insert.setString(12, "Responsable des offres");
                insert.setString(13, "0" + (1 + partner.number() % 5) + " " + String.format(Locale.ROOT, "%02d 00 %02d %02d",
                        10 + partner.number(), partner.number() % 100, 40 + partner.number() % 60));
                insert.setString(14, "contact@partenaire-" + partner.number() + ".example.fr");
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

    /** The head office's SIRET: the SIREN and the first 5-digit suffix from 00011 that passes the Luhn check. */
    static String siret(String siren) {
        for (int n = 11; n < 100_000; n++) {
            String candidate = siren + String.format(Locale.ROOT, "%05d", n);
            if (Luhn.passes(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("Some Luhn-valid suffix always exists");
    }

    /** A plausible main activity (NAF rev. 2) for each kind of partner. */
    static String apeCode(PartnerKind kind) {
        return switch (kind) {
            case EQUIPMENT_MAKER -> "4651Z";
            case SERVER_NETWORK_VENDOR -> "4652Z";
            case TELECOM_OPERATOR -> "6110Z";
            case INTERNET_PROVIDER -> "6311Z";
            case ADVISER -> "6202A";
            case COMPETENCE_CENTRE_IT, COMPETENCE_CENTRE_TELECOM, COMPETENCE_CENTRE_IT_TELECOM -> "6209Z";
        };
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
        List<Long> ids = offerIds(connection, partnerIds);
        insertFacts(connection, ids);
        insertVersions(connection, ids);
    }

    /**
     * R14: every offer ever published has its published version 1, so that no history is empty: a
     * published offer's is current, a withdrawn offer's ended at its withdrawal. It names the version
     * of the specification in force on its publication day, or the first one when it came earlier.
     */
    private void insertVersions(Connection connection, List<Long> offerIds) throws SQLException {
        Map<String, List<Object[]>> versions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT category_code, number, effective_date"
                + " FROM specification_version WHERE status <> 'DRAFT' ORDER BY effective_date DESC, number DESC");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.computeIfAbsent(rows.getString(1), code -> new ArrayList<>())
                        .add(new Object[] {rows.getInt(2), rows.getDate(3).toLocalDate()});
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO offer_version (offer_id, number, "
                + "published_at, valid_until, spec_version, category_code, title, description, price_excl_vat, content)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < offers.size(); i++) {
                DemoOffer offer = offers.get(i);
                if (offer.publishedAt() == null) {
                    continue;
                }
                insert.setLong(1, offerIds.get(i));
                setInstant(insert, 2, offer.publishedAt());
                setInstant(insert, 3, offer.status() == OfferStatus.WITHDRAWN ? offer.updatedAt() : null);
                insert.setInt(4, specificationVersionOn(versions.getOrDefault(offer.categoryCode(), List.of()),
                        offer.publishedAt()));
                insert.setString(5, offer.categoryCode());
                insert.setString(6, offer.title());
                insert.setString(7, offer.description());
                insert.setBigDecimal(8, offer.priceExclVat());
                insert.setString(9, OfferContentJson.write(contentOf(offer)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The number of the version in force on that day; the oldest when none was yet; 1 when the category has none. */
    private static int specificationVersionOn(List<Object[]> newestFirst, Instant publishedAt) {
        LocalDate day = publishedAt.atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        int number = 1;
        for (Object[] version : newestFirst) {
            number = (Integer) version[0];
            if (!((LocalDate) version[1]).isAfter(day)) {
                return number;
            }
        }
        return number;
    }

    private static OfferInput contentOf(DemoOffer offer) {
        Map<String, PriceComponent> pricing = new LinkedHashMap<>();
        offer.pricing().forEach((key, price) -> pricing.put(key,
                new PriceComponent(price.amount(), price.unit(), price.description())));
        Map<String, ServiceCoverage> services = new LinkedHashMap<>();
        offer.services().forEach((key, coverage) -> services.put(key, ServiceCoverage.valueOf(coverage.name())));
        return new OfferInput(offer.categoryCode(), offer.title(), offer.description(), offer.priceExclVat(),
                offer.attributes(), pricing, services, List.of());
    }

    /**
     * The ids the database gave the offers, in the order of {@link #offers()}: the table was empty in
     * this transaction, and a partner's titles are distinct, so partner and title tell which is which.
     */
    private List<Long> offerIds(Connection connection, Map<Integer, Long> partnerIds) throws SQLException {
        Map<String, Long> idsByPartnerAndTitle = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, partner_id, title FROM offer");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                idsByPartnerAndTitle.put(rows.getLong(2) + "\n" + rows.getString(3), rows.getLong(1));
            }
        }
        List<Long> ids = new ArrayList<>(offers.size());
        for (DemoOffer offer : offers) {
            Long id = idsByPartnerAndTitle.get(partnerIds.get(offer.partnerNumber()) + "\n" + offer.title());
            if (id == null) {
                throw new SQLException("The demo offer " + offer.title() + " was not found after its insertion");
            }
            ids.add(id);
        }
        return ids;
    }

    /** The facts each offer declares: attributes, price components (R12) and Annex 3 services (R9). */
    private void insertFacts(Connection connection, List<Long> offerIds) throws SQLException {
        try (PreparedStatement attribute = connection.prepareStatement(
                     "INSERT INTO offer_attribute (offer_id, attr_key, attr_value) VALUES (?, ?, ?)");
             PreparedStatement price = connection.prepareStatement("INSERT INTO offer_price_component (offer_id, "
                     + "component_key, amount, unit, description) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement service = connection.prepareStatement(
                     "INSERT INTO offer_service (offer_id, service_key, coverage) VALUES (?, ?, ?)")) {
            for (int i = 0; i < offers.size(); i++) {
                DemoOffer offer = offers.get(i);
                long id = offerIds.get(i);
                for (Map.Entry<String, String> entry : offer.attributes().entrySet()) {
                    attribute.setLong(1, id);
                    attribute.setString(2, entry.getKey());
                    attribute.setString(3, entry.getValue());
                    attribute.addBatch();
                }
                for (Map.Entry<String, DemoPrice> entry : offer.pricing().entrySet()) {
                    DemoPrice component = entry.getValue();
                    price.setLong(1, id);
                    price.setString(2, entry.getKey());
                    if (component.amount() == null) {
                        price.setNull(3, Types.DECIMAL);
                    } else {
                        price.setBigDecimal(3, component.amount());
                    }
                    price.setString(4, component.unit());
                    price.setString(5, component.description());
                    price.addBatch();
                }
                for (Map.Entry<String, Coverage> entry : offer.services().entrySet()) {
                    service.setLong(1, id);
                    service.setString(2, entry.getKey());
                    service.setString(3, entry.getValue().name());
                    service.addBatch();
                }
            }
            attribute.executeBatch();
            price.executeBatch();
            service.executeBatch();
        }
    }

    private void insertAccounts(Connection connection, Map<Integer, Long> partnerIds, PasswordHash passwordHash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (user_code, password_hash, role, "
                + "partner_id, display_name, enabled, created_at, email, must_change_password) "
                + "VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, FALSE)")) {
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
                insert.setString(7, account.email());
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
}
