package fr.catalogue.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.catalogue.partner.PartnerKind;
import org.junit.jupiter.api.Test;

class LabelCaptionTest {

    @Test
    void everyKindCarriesOneOfR21sFourCaptions() {
        assertEquals("équipement référencé", LabelCaption.of(PartnerKind.EQUIPMENT_MAKER).text());
        assertEquals("équipement référencé", LabelCaption.of(PartnerKind.SERVER_NETWORK_VENDOR).text());
        assertEquals("offre référencée", LabelCaption.of(PartnerKind.TELECOM_OPERATOR).text());
        assertEquals("offre référencée", LabelCaption.of(PartnerKind.INTERNET_PROVIDER).text());
        assertEquals("centre de compétence TPE", LabelCaption.of(PartnerKind.COMPETENCE_CENTRE_IT).text());
        assertEquals("centre de compétence TPE", LabelCaption.of(PartnerKind.COMPETENCE_CENTRE_TELECOM).text());
        assertEquals("centre de compétence TPE", LabelCaption.of(PartnerKind.COMPETENCE_CENTRE_IT_TELECOM).text());
        assertEquals("conseiller informatique et Télécoms TPE", LabelCaption.of(PartnerKind.ADVISER).text());
    }
}
