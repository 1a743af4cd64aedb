package fr.catalogue.partner;

import fr.catalogue.specification.ServiceCoverage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** How a competence centre covers one Annex 3 service: itself, or through the partner it names (R9). */
@Embeddable
public class DeclaredService implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "service_key", nullable = false, length = 60)
    private String serviceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceCoverage coverage;

    @Column(name = "via_partner_name", length = 160)
    private String viaPartnerName;

    protected DeclaredService() {
        // for JPA
    }

    DeclaredService(Annex3Service service, ServiceCoverage coverage, String viaPartnerName) {
        this.serviceKey = service.key();
        this.coverage = Objects.requireNonNull(coverage);
        this.viaPartnerName = coverage == ServiceCoverage.VIA_PARTNER ? Objects.requireNonNull(viaPartnerName) : null;
    }

    public Annex3Service getService() {
        return Annex3Service.ofKey(serviceKey).orElseThrow();
    }

    public String getServiceKey() {
        return serviceKey;
    }

    public ServiceCoverage getCoverage() {
        return coverage;
    }

    /** The partner that delivers the service for a VIA_PARTNER coverage; null for DIRECT. */
    public String getViaPartnerName() {
        return viaPartnerName;
    }

    /** "en propre" or "via un partenaire : Nom". */
    public String describe() {
        return coverage == ServiceCoverage.DIRECT ? coverage.label() : coverage.label() + " : " + viaPartnerName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeclaredService that && serviceKey.equals(that.serviceKey)
                && coverage == that.coverage && Objects.equals(viaPartnerName, that.viaPartnerName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceKey, coverage, viaPartnerName);
    }
}
