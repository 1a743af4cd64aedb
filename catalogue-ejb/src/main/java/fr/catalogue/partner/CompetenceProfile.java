package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a competence centre tells about itself under Annex 3, §3.2.1 (R8), besides its identity
 * and contact ({@link CompanyDetails}) and its certificates (attachments). Checked on creation.
 */
@Embeddable
public class CompetenceProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "rcs_registration", length = 120)
    private String rcsRegistration;
    @Column(name = "criminal_record_clean")
    private Boolean criminalRecordClean;
    @Column(name = "years_in_business")
    private Integer yearsInBusiness;
    @Column(name = "employees")
    private Integer employees;
    @Column(name = "driving_licence")
    private Boolean drivingLicence;
    @Column(name = "qualified_staff")
    private Integer qualifiedStaff;
    @Enumerated(EnumType.STRING)
    @Column(name = "average_diploma", length = 20)
    private DiplomaLevel averageDiploma;
    @Column(name = "trained_last_24_months")
    private Boolean trainedLast24Months;
    @Column(name = "speciality_it_network")
    private Boolean specialityItNetwork;
    @Column(name = "speciality_network_telecom")
    private Boolean specialityNetworkTelecom;
    @Column(name = "industry_certifications", length = 1000)
    private String industryCertifications;
    @Column(name = "training_approval", length = 200)
    private String trainingApproval;
    @Column(name = "monthly_subscription")
    private Boolean monthlySubscription;
    @Column(name = "monthly_trial_period")
    private Boolean monthlyTrialPeriod;
    @Column(name = "monthly_notice_days")
    private Integer monthlyNoticeDays;
    @Column(name = "annual_contracts")
    private Boolean annualContracts;
    @Column(name = "annual_trial_period")
    private Boolean annualTrialPeriod;
    @Column(name = "annual_notice_days")
    private Integer annualNoticeDays;

    protected CompetenceProfile() {
        // for JPA; every column null for a partner that is not a competence centre
    }

    /**
     * Checks the Annex 3 profile of a competence centre (R8): every criterion answered, counts
     * plausible, at least one speciality, a notice period for each contract type offered.
     *
     * @throws InvalidInputException naming the first field that is wrong
     */
    public static CompetenceProfile from(CompetenceProfileForm form) {
        CompetenceProfile p = new CompetenceProfile();
        p.rcsRegistration = CompanyDetails.text("rcsRegistration", form.getRcsRegistration(), 120,
                "l'inscription au RCS (ville et numéro)");
        p.criminalRecordClean = answered("criminalRecordClean", form.getCriminalRecordClean(), "le casier judiciaire");
        if (!p.criminalRecordClean) {
            throw new InvalidInputException("criminalRecordClean",
                    "Un centre de compétences TPE doit pouvoir attester d'un casier judiciaire vierge (annexe 3).");
        }
        p.yearsInBusiness = count("yearsInBusiness", form.getYearsInBusiness(), 300, "les années d'antériorité");
        p.employees = count("employees", form.getEmployees(), 1_000_000, "le nombre d'employés");
        p.drivingLicence = answered("drivingLicence", form.getDrivingLicence(), "si le personnel a le permis de conduire");
        p.qualifiedStaff = count("qualifiedStaff", form.getQualifiedStaff(), 1_000_000,
                "le nombre de personnes ayant un titre reconnu en informatique ou en télécoms");
        if (p.qualifiedStaff > p.employees) {
            throw new InvalidInputException("qualifiedStaff",
                    "Le personnel qualifié ne peut pas dépasser le nombre d'employés (" + p.employees + ").");
        }
        if (form.getAverageDiploma() == null) {
            CompanyDetails.failRequired("averageDiploma", "le niveau moyen des diplômes du personnel");
        }
        p.averageDiploma = form.getAverageDiploma();
        p.trainedLast24Months = answered("trainedLast24Months", form.getTrainedLast24Months(),
                "si le personnel a suivi une formation continue depuis 24 mois");
        if (!form.isSpecialityItNetwork() && !form.isSpecialityNetworkTelecom()) {
            throw new InvalidInputException("speciality",
                    "Choisissez au moins une spécialité : informatique et réseau, ou réseau et télécoms.");
        }
        p.specialityItNetwork = form.isSpecialityItNetwork();
        p.specialityNetworkTelecom = form.isSpecialityNetworkTelecom();
        p.industryCertifications = optional("industryCertifications", form.getIndustryCertifications(), 1000);
        p.trainingApproval = optional("trainingApproval", form.getTrainingApproval(), 200);
        if (!form.isMonthlySubscription() && !form.isAnnualContracts()) {
            throw new InvalidInputException("contracts",
                    "Indiquez au moins un type de contrat proposé : abonnement mensuel ou contrat annuel.");
        }
        p.monthlySubscription = form.isMonthlySubscription();
        p.monthlyTrialPeriod = form.isMonthlySubscription() && form.isMonthlyTrialPeriod();
        p.monthlyNoticeDays = form.isMonthlySubscription()
                ? count("monthlyNoticeDays", form.getMonthlyNoticeDays(), 365, "le délai de résiliation de l'abonnement mensuel (jours)")
                : null;
        p.annualContracts = form.isAnnualContracts();
        p.annualTrialPeriod = form.isAnnualContracts() && form.isAnnualTrialPeriod();
        p.annualNoticeDays = form.isAnnualContracts()
                ? count("annualNoticeDays", form.getAnnualNoticeDays(), 365, "le délai de résiliation des contrats annuels (jours)")
                : null;
        return p;
    }

    /**
     * Checks the Annex 3 services of a competence centre of {@code kind} (R9): each service its
     * kind requires is declared, DIRECT or VIA_PARTNER with the partner named.
     *
     * @throws InvalidInputException naming the field {@code services}
     */
    public static List<DeclaredService> services(CompetenceProfileForm form, PartnerKind kind) {
        Map<Annex3Service, DeclaredService> declared = new LinkedHashMap<>();
        for (CompetenceProfileForm.ServiceRow row : form.getServices()) {
            if (row.getService() == null || !row.getService().requiredFor(kind) || row.getCoverage() == null) {
                continue;
            }
            String via = null;
            if (row.getCoverage() == ServiceCoverage.VIA_PARTNER) {
                if (CompanyDetails.blank(row.getViaPartnerName())) {
                    throw new InvalidInputException("services", "Nommez le partenaire qui assure le service « "
                            + row.getService().label() + " ».");
                }
                via = CompanyDetails.text("services", row.getViaPartnerName(), 160, "le partenaire");
            }
            declared.put(row.getService(), new DeclaredService(row.getService(), row.getCoverage(), via));
        }
        for (Annex3Service required : kind.requiredServices()) {
            if (!declared.containsKey(required)) {
                throw new InvalidInputException("services", "Indiquez comment vous assurez le service « "
                        + required.label() + " » : en propre ou via un partenaire (annexe 3).");
            }
        }
        return new ArrayList<>(declared.values());
    }

    /** The values as a form, to edit them. */
    public CompetenceProfileForm toForm(List<DeclaredService> services, PartnerKind kind) {
        CompetenceProfileForm f = new CompetenceProfileForm();
        f.setRcsRegistration(rcsRegistration);
        f.setCriminalRecordClean(criminalRecordClean);
        f.setYearsInBusiness(yearsInBusiness);
        f.setEmployees(employees);
        f.setDrivingLicence(drivingLicence);
        f.setQualifiedStaff(qualifiedStaff);
        f.setAverageDiploma(averageDiploma);
        f.setTrainedLast24Months(trainedLast24Months);
        f.setSpecialityItNetwork(Boolean.TRUE.equals(specialityItNetwork));
        f.setSpecialityNetworkTelecom(Boolean.TRUE.equals(specialityNetworkTelecom));
        f.setIndustryCertifications(industryCertifications);
        f.setTrainingApproval(trainingApproval);
        f.setMonthlySubscription(Boolean.TRUE.equals(monthlySubscription));
        f.setMonthlyTrialPeriod(Boolean.TRUE.equals(monthlyTrialPeriod));
        f.setMonthlyNoticeDays(monthlyNoticeDays);
        f.setAnnualContracts(Boolean.TRUE.equals(annualContracts));
        f.setAnnualTrialPeriod(Boolean.TRUE.equals(annualTrialPeriod));
        f.setAnnualNoticeDays(annualNoticeDays);
        for (DeclaredService service : services) {
            CompetenceProfileForm.ServiceRow row = new CompetenceProfileForm.ServiceRow(service.getService());
            row.setCoverage(service.getCoverage());
            row.setViaPartnerName(service.getViaPartnerName());
            f.getServices().add(row);
        }
        f.prepareServices(kind);
        return f;
    }

    /** Field → value, for the audit trail. */
    public Map<String, String> state() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("rcsRegistration", rcsRegistration);
        s.put("criminalRecordClean", str(criminalRecordClean));
        s.put("yearsInBusiness", str(yearsInBusiness));
        s.put("employees", str(employees));
        s.put("drivingLicence", str(drivingLicence));
        s.put("qualifiedStaff", str(qualifiedStaff));
        s.put("averageDiploma", str(averageDiploma));
        s.put("trainedLast24Months", str(trainedLast24Months));
        s.put("specialityItNetwork", str(specialityItNetwork));
        s.put("specialityNetworkTelecom", str(specialityNetworkTelecom));
        s.put("industryCertifications", industryCertifications);
        s.put("trainingApproval", trainingApproval);
        s.put("monthlySubscription", str(monthlySubscription));
        s.put("monthlyTrialPeriod", str(monthlyTrialPeriod));
        s.put("monthlyNoticeDays", str(monthlyNoticeDays));
        s.put("annualContracts", str(annualContracts));
        s.put("annualTrialPeriod", str(annualTrialPeriod));
        s.put("annualNoticeDays", str(annualNoticeDays));
        return s;
    }

    /** A copy, so that two entities never share one embedded instance. */
    CompetenceProfile copy() {
        CompetenceProfile c = new CompetenceProfile();
        c.rcsRegistration = rcsRegistration;
        c.criminalRecordClean = criminalRecordClean;
        c.yearsInBusiness = yearsInBusiness;
        c.employees = employees;
        c.drivingLicence = drivingLicence;
        c.qualifiedStaff = qualifiedStaff;
        c.averageDiploma = averageDiploma;
        c.trainedLast24Months = trainedLast24Months;
        c.specialityItNetwork = specialityItNetwork;
        c.specialityNetworkTelecom = specialityNetworkTelecom;
        c.industryCertifications = industryCertifications;
        c.trainingApproval = trainingApproval;
        c.monthlySubscription = monthlySubscription;
        c.monthlyTrialPeriod = monthlyTrialPeriod;
        c.monthlyNoticeDays = monthlyNoticeDays;
        c.annualContracts = annualContracts;
        c.annualTrialPeriod = annualTrialPeriod;
        c.annualNoticeDays = annualNoticeDays;
        return c;
    }

    /** Whether the profile was filled in (a competence centre's); false for the other kinds. */
    public boolean isPresent() {
        return rcsRegistration != null;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean answered(String field, Boolean value, String what) {
        if (value == null) {
            CompanyDetails.failRequired(field, what);
        }
        return value;
    }

    private static int count(String field, Integer value, int max, String what) {
        if (value == null) {
            CompanyDetails.failRequired(field, what);
        }
        if (value < 0 || value > max) {
            throw new InvalidInputException(field, "La valeur doit être comprise entre 0 et " + max + ".");
        }
        return value;
    }

    private static String optional(String field, String value, int max) {
        if (CompanyDetails.blank(value)) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "Ce texte est trop long (" + max + " caractères au plus).");
        }
        return trimmed;
    }

    public String getRcsRegistration() { return rcsRegistration; }
    public Boolean getCriminalRecordClean() { return criminalRecordClean; }
    public Integer getYearsInBusiness() { return yearsInBusiness; }
    public Integer getEmployees() { return employees; }
    public Boolean getDrivingLicence() { return drivingLicence; }
    public Integer getQualifiedStaff() { return qualifiedStaff; }
    public DiplomaLevel getAverageDiploma() { return averageDiploma; }
    public Boolean getTrainedLast24Months() { return trainedLast24Months; }
    public Boolean getSpecialityItNetwork() { return specialityItNetwork; }
    public Boolean getSpecialityNetworkTelecom() { return specialityNetworkTelecom; }
    public String getIndustryCertifications() { return industryCertifications; }
    public String getTrainingApproval() { return trainingApproval; }
    public Boolean getMonthlySubscription() { return monthlySubscription; }
    public Boolean getMonthlyTrialPeriod() { return monthlyTrialPeriod; }
    public Integer getMonthlyNoticeDays() { return monthlyNoticeDays; }
    public Boolean getAnnualContracts() { return annualContracts; }
    public Boolean getAnnualTrialPeriod() { return annualTrialPeriod; }
    public Integer getAnnualNoticeDays() { return annualNoticeDays; }
}
