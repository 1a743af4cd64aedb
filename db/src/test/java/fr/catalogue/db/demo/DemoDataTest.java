package fr.catalogue.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.db.demo.DemoData.DemoAccount;
import fr.catalogue.db.demo.DemoData.DemoOffer;
import fr.catalogue.db.demo.DemoData.DemoPartner;
import fr.catalogue.offer.OfferStatus;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pure part of the demo data: what {@link DemoData#generate} produces. No database. */
class DemoDataTest {

    private static final Instant NOW = Instant.parse("2026-03-15T10:30:00Z");
    private static final DemoData DATA = DemoData.generate(NOW);

    /** The 28 category codes of the V2 migration, by family; written out here, independently of the code under test. */
    private static final List<String> EQUIPMENT_PERIPHERALS = List.of("PC_DESKTOP", "PC_LAPTOP_FIXED",
            "PC_LAPTOP_MOBILE", "PC_ULTRAMOBILE", "PDA", "SCREEN_TFT", "CAMERA_DIGITAL", "VIDEO_PROJECTOR",
            "SURVEILLANCE_CAMERA_INDOOR_FIXED", "SURVEILLANCE_CAMERA_OUTDOOR_FIXED", "SURVEILLANCE_CAMERA_MOTORISED",
            "PRINTER", "LABEL_PRINTER");
    private static final List<String> SERVERS_NETWORKS = List.of("SERVER_APPLICATION", "SERVER_DEDICATED",
            "NETWORK_LAN_WIRED", "NETWORK_LAN_PLC", "NETWORK_LAN_WIFI", "NETWORK_REMOTE_ACCESS", "NETWORK_SECURITY");
    private static final Map<PartnerKind, List<String>> FITTING = fitting();

    private static Map<PartnerKind, List<String>> fitting() {
        Map<PartnerKind, List<String>> fitting = new EnumMap<>(PartnerKind.class);
        fitting.put(PartnerKind.EQUIPMENT_MAKER, EQUIPMENT_PERIPHERALS);
        fitting.put(PartnerKind.SERVER_NETWORK_VENDOR, SERVERS_NETWORKS);
        fitting.put(PartnerKind.TELECOM_OPERATOR, List.of("TELECOM_EQUIPMENT", "TELECOM_SERVICE"));
        fitting.put(PartnerKind.INTERNET_PROVIDER, List.of("INTERNET_ACCESS", "WEBSITE_BUILDING"));
        fitting.put(PartnerKind.ADVISER, List.of("ADVISER"));
        fitting.put(PartnerKind.COMPETENCE_CENTRE_IT, List.of("COMPETENCE_CENTRE_IT"));
        fitting.put(PartnerKind.COMPETENCE_CENTRE_TELECOM, List.of("COMPETENCE_CENTRE_TELECOM"));
        fitting.put(PartnerKind.COMPETENCE_CENTRE_IT_TELECOM, List.of("COMPETENCE_CENTRE_IT_TELECOM"));
        return fitting;
    }

    private static Set<String> allCategories() {
        return FITTING.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    }

    private static DemoPartner partnerOf(DemoOffer offer) {
        return DATA.partners().get(offer.partnerNumber() - 1);
    }

    @Test
    void hasEnoughPartnersAndOffers() {
        assertTrue(DATA.partners().size() >= 30, "partners: " + DATA.partners().size());
        assertTrue(DATA.offers().size() >= 300, "offers: " + DATA.offers().size());
        for (int i = 0; i < DATA.partners().size(); i++) {
            assertEquals(i + 1, DATA.partners().get(i).number());
        }
    }

    @Test
    void everyCategoryHasAtLeastSixOffers() {
        assertEquals(28, allCategories().size());
        Map<String, Long> perCategory = DATA.offers().stream()
                .collect(Collectors.groupingBy(DemoOffer::categoryCode, TreeMap::new, Collectors.counting()));
        assertEquals(allCategories(), perCategory.keySet(), "categories with offers");
        perCategory.forEach((code, count) -> assertTrue(count >= 6, code + " has " + count + " offers"));
    }

    @Test
    void everyOfferFitsItsPartnersKind() {
        for (DemoOffer offer : DATA.offers()) {
            DemoPartner partner = partnerOf(offer);
            assertTrue(FITTING.get(partner.kind()).contains(offer.categoryCode()),
                    partner.name() + " (" + partner.kind() + ") offers " + offer.categoryCode());
        }
    }

    @Test
    void everyPartnerHasOffersAndEveryKindIsRepresented() {
        Set<Integer> withOffers = DATA.offers().stream().map(DemoOffer::partnerNumber).collect(Collectors.toSet());
        for (DemoPartner partner : DATA.partners()) {
            assertTrue(withOffers.contains(partner.number()), partner.name() + " has no offer");
        }
        Set<PartnerKind> kinds = DATA.partners().stream().map(DemoPartner::kind).collect(Collectors.toSet());
        assertEquals(Set.of(PartnerKind.values()), kinds);
    }

    @Test
    void sirensHaveNineDigitsPassLuhnAndAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (DemoPartner partner : DATA.partners()) {
            String siren = partner.siren();
            assertNotNull(siren, partner.name());
            assertTrue(siren.matches("\\d{9}"), siren);
            assertTrue(luhn(siren), siren + " fails the Luhn checksum");
            assertTrue(seen.add(siren), siren + " is repeated");
        }
    }

    @Test
    void partnersHavePlausibleAddressesAndWebsites() {
        Set<String> names = new HashSet<>();
        for (DemoPartner partner : DATA.partners()) {
            assertTrue(names.add(partner.name()), partner.name() + " is repeated");
            assertTrue(partner.name().length() <= 160, partner.name());
            assertTrue(partner.postcode().matches("\\d{5}"), partner.postcode());
            assertFalse(partner.town().isBlank());
            assertTrue(partner.website() == null || partner.website().matches("https://www\\.[a-z0-9-]+\\.fr"),
                    partner.website());
            assertTrue(partner.createdAt().isBefore(NOW));
        }
        long departments = DATA.partners().stream().map(p -> p.postcode().substring(0, 2)).distinct().count();
        assertTrue(departments >= 20, "partners in " + departments + " departments only");
    }

    @Test
    void pricesArePositiveWithTwoDecimals() {
        for (DemoOffer offer : DATA.offers()) {
            BigDecimal price = offer.priceExclVat();
            assertTrue(price.signum() >= 0, offer.title() + ": " + price);
            assertEquals(2, price.scale(), offer.title() + ": " + price);
            assertTrue(price.precision() <= 12, offer.title() + ": " + price);
        }
    }

    @Test
    void pricesAreRealisticForTheirCategory() {
        assertPricesBetween("PC_DESKTOP", 440, 1_410);
        assertPricesBetween("LABEL_PRINTER", 140, 610);
        assertPricesBetween("SERVER_DEDICATED", 1_490, 6_010);
        assertPricesBetween("TELECOM_SERVICE", 19, 121);
        assertPricesBetween("WEBSITE_BUILDING", 790, 5_010);
        assertPricesBetween("ADVISER", 350, 900);
    }

    private static void assertPricesBetween(String category, int min, int max) {
        for (DemoOffer offer : DATA.offers()) {
            if (offer.categoryCode().equals(category)) {
                BigDecimal price = offer.priceExclVat();
                assertTrue(price.compareTo(BigDecimal.valueOf(min)) >= 0 && price.compareTo(BigDecimal.valueOf(max)) <= 0,
                        offer.title() + " (" + category + ") costs " + price);
            }
        }
    }

    @Test
    void onlyDraftsLackAPublicationDate() {
        for (DemoOffer offer : DATA.offers()) {
            if (offer.status() == OfferStatus.DRAFT) {
                assertNull(offer.publishedAt(), offer.title());
            } else {
                assertNotNull(offer.publishedAt(), offer.title());
            }
        }
    }

    @Test
    void mostOffersArePublishedAndEveryStatusOccurs() {
        Map<OfferStatus, Long> perStatus = DATA.offers().stream()
                .collect(Collectors.groupingBy(DemoOffer::status, () -> new EnumMap<>(OfferStatus.class),
                        Collectors.counting()));
        assertEquals(Set.of(OfferStatus.values()), perStatus.keySet());
        double published = perStatus.get(OfferStatus.PUBLISHED) / (double) DATA.offers().size();
        assertTrue(published >= 0.85 && published <= 0.95, "published share: " + published);
    }

    @Test
    void datesAreOrderedAndWithinEighteenMonths() {
        Instant earliest = NOW.minus(Duration.ofDays(549));
        for (DemoOffer offer : DATA.offers()) {
            String what = offer.title() + " " + offer;
            assertFalse(offer.updatedAt().isBefore(offer.createdAt()), what);
            assertFalse(offer.updatedAt().isAfter(NOW), what);
            if (offer.publishedAt() != null) {
                assertFalse(offer.createdAt().isAfter(offer.publishedAt()), what);
                assertFalse(offer.publishedAt().isAfter(NOW), what);
                assertTrue(offer.publishedAt().isAfter(earliest), what);
                assertFalse(offer.updatedAt().isBefore(offer.publishedAt()), what);
            } else {
                assertFalse(offer.createdAt().isAfter(NOW), what);
            }
            assertTrue(partnerOf(offer).createdAt().isBefore(offer.createdAt()), what);
        }
    }

    @Test
    void publicationsAreSpreadOverTheWholePeriod() {
        Set<Long> quarters = DATA.offers().stream()
                .filter(offer -> offer.publishedAt() != null)
                .map(offer -> Duration.between(offer.publishedAt(), NOW).toDays() * 6 / 548) // six quarters
                .collect(Collectors.toSet());
        assertEquals(Set.of(0L, 1L, 2L, 3L, 4L, 5L), quarters);
    }

    @Test
    void theFourDemoAccountsExistWithTheirRoles() {
        Map<String, DemoAccount> accounts = DATA.accounts().stream()
                .collect(Collectors.toMap(DemoAccount::userCode, Function.identity()));
        assertEquals(Set.of("admin", "reviewer", "P-DEMO-1", "P-DEMO-2"), accounts.keySet());

        assertEquals(Role.ADMIN, accounts.get("admin").role());
        assertNull(accounts.get("admin").partnerNumber());
        assertEquals("Admin-Demo-2026", accounts.get("admin").password());
        assertEquals("Administrateur de démonstration", accounts.get("admin").displayName());

        assertEquals(Role.REVIEWER, accounts.get("reviewer").role());
        assertNull(accounts.get("reviewer").partnerNumber());
        assertEquals("Reviewer-Demo-2026", accounts.get("reviewer").password());
        assertEquals("Relecteur du Ministère (démo)", accounts.get("reviewer").displayName());

        assertEquals(Role.PARTNER, accounts.get("P-DEMO-1").role());
        assertEquals(1, accounts.get("P-DEMO-1").partnerNumber());
        assertEquals("Partner1-Demo-2026", accounts.get("P-DEMO-1").password());

        assertEquals(Role.PARTNER, accounts.get("P-DEMO-2").role());
        assertEquals(2, accounts.get("P-DEMO-2").partnerNumber());
        assertEquals("Partner2-Demo-2026", accounts.get("P-DEMO-2").password());

        for (DemoAccount account : DATA.accounts()) {
            assertFalse(account.displayName().isBlank());
            assertFalse(account.toString().contains(account.password()), "toString shows the password");
        }
    }

    @Test
    void theDemoPartnersShowEveryKindOfOffer() {
        assertEquals(PartnerKind.EQUIPMENT_MAKER, DATA.partners().get(0).kind());
        PartnerKind second = DATA.partners().get(1).kind();
        assertTrue(second == PartnerKind.INTERNET_PROVIDER || second == PartnerKind.TELECOM_OPERATOR, second.name());

        List<DemoOffer> first = offersOf(1);
        assertTrue(first.stream().map(DemoOffer::categoryCode).distinct().count() >= 3, "partner 1's categories");
        for (int number : new int[] {1, 2}) {
            Set<OfferStatus> statuses = offersOf(number).stream().map(DemoOffer::status).collect(Collectors.toSet());
            assertTrue(statuses.contains(OfferStatus.DRAFT), "partner " + number + " has no draft");
            assertTrue(statuses.contains(OfferStatus.PUBLISHED), "partner " + number + " has no published offer");
        }
    }

    private static List<DemoOffer> offersOf(int partnerNumber) {
        return DATA.offers().stream().filter(offer -> offer.partnerNumber() == partnerNumber).toList();
    }

    @Test
    void titlesAreDistinctWithinAPartnerAndTextsFitTheColumns() {
        Map<Integer, Set<String>> titles = new HashMap<>();
        for (DemoOffer offer : DATA.offers()) {
            assertTrue(titles.computeIfAbsent(offer.partnerNumber(), n -> new HashSet<>()).add(offer.title()),
                    "partner " + offer.partnerNumber() + " repeats " + offer.title());
            assertTrue(offer.title().length() <= 200, offer.title());
            assertFalse(offer.title().isBlank());
            long sentences = offer.description().chars().filter(c -> c == '.').count();
            assertTrue(sentences >= 2, offer.description());
            assertFalse(offer.description().contains("%"), "unformatted: " + offer.description());
        }
    }

    @Test
    void theSameSeedGivesTheSameData() {
        assertEquals(DATA, DemoData.generate(NOW));
    }

    @Test
    void anotherDayShiftsOnlyTheTimestamps() {
        Duration shift = Duration.ofDays(40).plusHours(5).plusSeconds(17);
        DemoData later = DemoData.generate(NOW.plus(shift));
        assertEquals(DATA.partners().size(), later.partners().size());
        assertEquals(DATA.offers().size(), later.offers().size());
        for (int i = 0; i < DATA.offers().size(); i++) {
            DemoOffer before = DATA.offers().get(i);
            DemoOffer after = later.offers().get(i);
            assertEquals(before.title(), after.title());
            assertEquals(before.description(), after.description());
            assertEquals(before.priceExclVat(), after.priceExclVat());
            assertEquals(before.status(), after.status());
            assertEquals(before.createdAt().plus(shift), after.createdAt());
            assertEquals(before.updatedAt().plus(shift), after.updatedAt());
            if (before.publishedAt() != null) {
                assertEquals(before.publishedAt().plus(shift), after.publishedAt());
            }
        }
        for (int i = 0; i < DATA.partners().size(); i++) {
            assertEquals(DATA.partners().get(i).siren(), later.partners().get(i).siren());
            assertEquals(DATA.partners().get(i).createdAt().plus(shift), later.partners().get(i).createdAt());
        }
    }

    @Test
    void theListsCannotBeChanged() {
        DemoPartner first = DATA.partners().get(0);
        assertThrows(UnsupportedOperationException.class, () -> DATA.partners().add(first));
        assertThrows(UnsupportedOperationException.class, () -> DATA.offers().clear());
    }

    /** Luhn, written out independently of the code under test. */
    private static boolean luhn(String number) {
        int sum = 0;
        boolean twice = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = Character.digit(number.charAt(i), 10);
            if (twice) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
