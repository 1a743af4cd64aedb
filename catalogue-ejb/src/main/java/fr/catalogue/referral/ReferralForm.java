package fr.catalogue.referral;

import java.io.Serializable;

/** What a visitor types in the referral form, unchecked (see {@link ReferralInput#from}). */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long targetPartnerId;
    private Long offerId;
    private String reporterName;
    private String reporterEmail;
    private ReferralReason reason;
    private String description;

    public Long getTargetPartnerId() { return targetPartnerId; }
    public void setTargetPartnerId(Long targetPartnerId) { this.targetPartnerId = targetPartnerId; }
    public Long getOfferId() { return offerId; }
    public void setOfferId(Long offerId) { this.offerId = offerId; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String reporterName) { this.reporterName = reporterName; }
    public String getReporterEmail() { return reporterEmail; }
    public void setReporterEmail(String reporterEmail) { this.reporterEmail = reporterEmail; }
    public ReferralReason getReason() { return reason; }
    public void setReason(ReferralReason reason) { this.reason = reason; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
