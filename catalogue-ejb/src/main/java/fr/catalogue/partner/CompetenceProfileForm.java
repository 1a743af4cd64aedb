package fr.catalogue.partner;

import fr.catalogue.specification.ServiceCoverage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A competence centre's Annex 3 profile as typed in a form (R8, R9). Mutable and unchecked:
 * {@link CompetenceProfile#from} checks it.
 */
public class CompetenceProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One Annex 3 service and how the centre covers it. */
    public static class ServiceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Annex3Service service;
        private ServiceCoverage coverage;
        private String viaPartnerName;

        public ServiceRow(Annex3Service service) {
            this.service = service;
        }

        public Annex3Service getService() { return service; }
        public ServiceCoverage getCoverage() { return coverage; }
        public void setCoverage(ServiceCoverage coverage) { this.coverage = coverage; }
        public String getViaPartnerName() { return viaPartnerName; }
        public void setViaPartnerName(String viaPartnerName) { this.viaPartnerName = viaPartnerName; }
    }

    private String rcsRegistration;
    private Boolean criminalRecordClean;
    private Integer yearsInBusiness;
    private Integer employees;
    private Boolean drivingLicence;
    private Integer qualifiedStaff;
    private DiplomaLevel averageDiploma;
    private Boolean trainedLast24Months;
    private boolean specialityItNetwork;
    private boolean specialityNetworkTelecom;
    private String industryCertifications;
    private String trainingApproval;
    private boolean monthlySubscription;
    private boolean monthlyTrialPeriod;
    private Integer monthlyNoticeDays;
    private boolean annualContracts;
    private boolean annualTrialPeriod;
    private Integer annualNoticeDays;
    private List<ServiceRow> services = new ArrayList<>();

    /** Rows for the services a centre of {@code kind} must cover, keeping what was already chosen. */
    public void prepareServices(PartnerKind kind) {
        List<ServiceRow> rows = new ArrayList<>();
        for (Annex3Service service : kind.requiredServices()) {
            rows.add(services.stream().filter(r -> r.getService() == service).findFirst()
                    .orElseGet(() -> new ServiceRow(service)));
        }
        services = rows;
    }

    public String getRcsRegistration() { return rcsRegistration; }
    public void setRcsRegistration(String value) { this.rcsRegistration = value; }
    public Boolean getCriminalRecordClean() { return criminalRecordClean; }
    public void setCriminalRecordClean(Boolean value) { this.criminalRecordClean = value; }
    public Integer getYearsInBusiness() { return yearsInBusiness; }
    public void setYearsInBusiness(Integer value) { this.yearsInBusiness = value; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer value) { this.employees = value; }
    public Boolean getDrivingLicence() { return drivingLicence; }
    public void setDrivingLicence(Boolean value) { this.drivingLicence = value; }
    public Integer getQualifiedStaff() { return qualifiedStaff; }
    public void setQualifiedStaff(Integer value) { this.qualifiedStaff = value; }
    public DiplomaLevel getAverageDiploma() { return averageDiploma; }
    public void setAverageDiploma(DiplomaLevel value) { this.averageDiploma = value; }
    public Boolean getTrainedLast24Months() { return trainedLast24Months; }
    public void setTrainedLast24Months(Boolean value) { this.trainedLast24Months = value; }
    public boolean isSpecialityItNetwork() { return specialityItNetwork; }
    public void setSpecialityItNetwork(boolean value) { this.specialityItNetwork = value; }
    public boolean isSpecialityNetworkTelecom() { return specialityNetworkTelecom; }
    public void setSpecialityNetworkTelecom(boolean value) { this.specialityNetworkTelecom = value; }
    public String getIndustryCertifications() { return industryCertifications; }
    public void setIndustryCertifications(String value) { this.industryCertifications = value; }
    public String getTrainingApproval() { return trainingApproval; }
    public void setTrainingApproval(String value) { this.trainingApproval = value; }
    public boolean isMonthlySubscription() { return monthlySubscription; }
    public void setMonthlySubscription(boolean value) { this.monthlySubscription = value; }
    public boolean isMonthlyTrialPeriod() { return monthlyTrialPeriod; }
    public void setMonthlyTrialPeriod(boolean value) { this.monthlyTrialPeriod = value; }
    public Integer getMonthlyNoticeDays() { return monthlyNoticeDays; }
    public void setMonthlyNoticeDays(Integer value) { this.monthlyNoticeDays = value; }
    public boolean isAnnualContracts() { return annualContracts; }
    public void setAnnualContracts(boolean value) { this.annualContracts = value; }
    public boolean isAnnualTrialPeriod() { return annualTrialPeriod; }
    public void setAnnualTrialPeriod(boolean value) { this.annualTrialPeriod = value; }
    public Integer getAnnualNoticeDays() { return annualNoticeDays; }
    public void setAnnualNoticeDays(Integer value) { this.annualNoticeDays = value; }
    public List<ServiceRow> getServices() { return services; }
    public void setServices(List<ServiceRow> services) { this.services = services; }
}
