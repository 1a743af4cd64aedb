package fr.catalogue.partner;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a company types when it applies (R6), as the wizard collects it step by step.
 * Mutable and unchecked: {@link PartnerApplications#submit} checks it all on the server.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PartnerKind kind;
    private CompanyForm company = new CompanyForm();
    private List<String> categories = new ArrayList<>();
    private CompetenceProfileForm profile = new CompetenceProfileForm();
    /** The number of the terms version shown to the applicant, to refuse an acceptance of an outdated text. */
    private Integer termsNumber;
    private boolean termsAccepted;

    public PartnerKind getKind() { return kind; }
    public void setKind(PartnerKind kind) { this.kind = kind; }
    public CompanyForm getCompany() { return company; }
    public void setCompany(CompanyForm company) { this.company = company; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories == null ? new ArrayList<>() : categories; }
    public CompetenceProfileForm getProfile() { return profile; }
    public void setProfile(CompetenceProfileForm profile) { this.profile = profile; }
    public Integer getTermsNumber() { return termsNumber; }
    public void setTermsNumber(Integer termsNumber) { this.termsNumber = termsNumber; }
    public boolean isTermsAccepted() { return termsAccepted; }
    public void setTermsAccepted(boolean termsAccepted) { this.termsAccepted = termsAccepted; }
}
