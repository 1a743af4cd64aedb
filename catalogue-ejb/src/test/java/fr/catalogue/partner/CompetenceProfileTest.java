package fr.catalogue.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.ServiceCoverage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A competence centre's Annex 3 profile (R8) and services (R9), checked before anything is stored. */
class CompetenceProfileTest {

    static CompetenceProfileForm complete(PartnerKind kind) {
        CompetenceProfileForm form = new CompetenceProfileForm();
        form.setRcsRegistration("RCS Amiens 443 061 841");
        form.setCriminalRecordClean(true);
        form.setYearsInBusiness(12);
        form.setEmployees(8);
        form.setDrivingLicence(true);
        form.setQualifiedStaff(6);
        form.setAverageDiploma(DiplomaLevel.BAC_2);
        form.setTrainedLast24Months(true);
        form.setSpecialityItNetwork(true);
        form.setMonthlySubscription(true);
        form.setMonthlyNoticeDays(30);
        form.prepareServices(kind);
        form.getServices().forEach(row -> row.setCoverage(ServiceCoverage.DIRECT));
        return form;
    }

    @Test
    void aCompleteProfileIsAccepted() {
        CompetenceProfile profile = CompetenceProfile.from(complete(PartnerKind.COMPETENCE_CENTRE_IT));
        assertTrue(profile.isPresent());
        assertEquals(30, profile.getMonthlyNoticeDays());
        assertEquals(null, profile.getAnnualNoticeDays(), "no annual contracts offered, no notice period kept");
    }

    @Test
    void theKindFixesWhichServicesMustBeDeclared() {
        assertEquals(14, PartnerKind.COMPETENCE_CENTRE_IT.requiredServices().size());
        assertEquals(10, PartnerKind.COMPETENCE_CENTRE_TELECOM.requiredServices().size());
        assertEquals(Annex3Service.values().length, PartnerKind.COMPETENCE_CENTRE_IT_TELECOM.requiredServices().size());
        assertTrue(PartnerKind.EQUIPMENT_MAKER.requiredServices().isEmpty());
        assertTrue(PartnerKind.COMPETENCE_CENTRE_TELECOM.requiredServices().contains(Annex3Service.TELEPHONY_INSTALL));
        assertTrue(!PartnerKind.COMPETENCE_CENTRE_IT.requiredServices().contains(Annex3Service.TELEPHONY_INSTALL));
    }

    @Test
    void aServiceViaAPartnerMustNameThePartner() {
        CompetenceProfileForm form = complete(PartnerKind.COMPETENCE_CENTRE_TELECOM);
        form.getServices().get(0).setCoverage(ServiceCoverage.VIA_PARTNER);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CompetenceProfile.services(form, PartnerKind.COMPETENCE_CENTRE_TELECOM));
        assertEquals("services", e.field());
        form.getServices().get(0).setViaPartnerName("Câblage Picard SARL");
        List<DeclaredService> services = CompetenceProfile.services(form, PartnerKind.COMPETENCE_CENTRE_TELECOM);
        assertEquals(10, services.size());
        assertEquals("via un partenaire : Câblage Picard SARL", services.get(0).describe());
    }

    @Test
    void everyRequiredServiceMustBeDeclared() {
        CompetenceProfileForm form = complete(PartnerKind.COMPETENCE_CENTRE_IT);
        form.getServices().get(3).setCoverage(null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CompetenceProfile.services(form, PartnerKind.COMPETENCE_CENTRE_IT));
        assertTrue(e.getMessage().contains(form.getServices().get(3).getService().label()), e.getMessage());
    }

    @Test
    void missingOrImplausibleAnswersAreRefusedByField() {
        CompetenceProfileForm noRcs = complete(PartnerKind.COMPETENCE_CENTRE_IT);
        noRcs.setRcsRegistration(" ");
        assertEquals("rcsRegistration", assertThrows(InvalidInputException.class, () -> CompetenceProfile.from(noRcs)).field());

        CompetenceProfileForm tooQualified = complete(PartnerKind.COMPETENCE_CENTRE_IT);
        tooQualified.setQualifiedStaff(9);
        assertEquals("qualifiedStaff", assertThrows(InvalidInputException.class, () -> CompetenceProfile.from(tooQualified)).field());

        CompetenceProfileForm noSpeciality = complete(PartnerKind.COMPETENCE_CENTRE_IT);
        noSpeciality.setSpecialityItNetwork(false);
        assertEquals("speciality", assertThrows(InvalidInputException.class, () -> CompetenceProfile.from(noSpeciality)).field());

        CompetenceProfileForm noContract = complete(PartnerKind.COMPETENCE_CENTRE_IT);
        noContract.setMonthlySubscription(false);
        assertEquals("contracts", assertThrows(InvalidInputException.class, () -> CompetenceProfile.from(noContract)).field());

        CompetenceProfileForm record = complete(PartnerKind.COMPETENCE_CENTRE_IT);
        record.setCriminalRecordClean(false);
        assertEquals("criminalRecordClean", assertThrows(InvalidInputException.class, () -> CompetenceProfile.from(record)).field());
    }

    @Test
    void companyDetailsRequireTheSiretOfTheSirenAndAFaxOfCompetenceCentres() {
        CompanyForm form = new CompanyForm();
        form.setName("Pôle Numérique  Picard");
        form.setSiren("443061841");
        form.setSiret("55210055400005");
        form.setApeCode("62.02A");
        form.setAddress("3 rue des Jacobins");
        form.setPostcode("80000");
        form.setTown("Amiens");
        form.setContactName("Claire Dupont");
        form.setContactFunction("Gérante");
        form.setPhone("03 22 00 00 00");
        form.setEmail("Contact@Pole-Picard.fr");
        assertEquals("siret", assertThrows(InvalidInputException.class, () -> CompanyDetails.from(form, false)).field());
        form.setSiret("44306184100005");
        assertEquals("fax", assertThrows(InvalidInputException.class, () -> CompanyDetails.from(form, true)).field());
        CompanyDetails details = CompanyDetails.from(form, false);
        assertEquals("Pôle Numérique Picard", details.name());
        assertEquals("contact@pole-picard.fr", details.email());
        assertEquals("6202A", details.apeCode().value());
        form.setWebsite("pas une adresse");
        assertEquals("website", assertThrows(InvalidInputException.class, () -> CompanyDetails.from(form, false)).field());
    }

    @Test
    void categoriesFollowTheKind() {
        assertEquals(List.of("COMPETENCE_CENTRE_IT"), PartnerKind.COMPETENCE_CENTRE_IT.allowedCategories());
        assertTrue(PartnerKind.EQUIPMENT_MAKER.allowedCategories().contains("PC_DESKTOP"));
        assertTrue(!PartnerKind.EQUIPMENT_MAKER.allowedCategories().contains("INTERNET_ACCESS"));
    }
}
