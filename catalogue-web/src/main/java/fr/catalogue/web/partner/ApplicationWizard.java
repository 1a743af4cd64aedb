package fr.catalogue.web.partner;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.partner.AttachmentKind;
import fr.catalogue.partner.CompanyDetails;
import fr.catalogue.partner.CompetenceProfile;
import fr.catalogue.partner.DiplomaLevel;
import fr.catalogue.partner.PartnerApplications;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.partner.ApplicationForm;
import fr.catalogue.partner.TermsVersion;
import fr.catalogue.partner.Upload;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.web.FieldMessages;
import fr.catalogue.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;

/**
 * The public application wizard ({@code /candidature.xhtml}, R6). Each step is checked when the
 * applicant moves forward, with the domain's own rules, and the service checks everything again on
 * submission; what was typed stays in the view whatever fails.
 */
@Named
@ViewScoped
public class ApplicationWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "application";
    private static final List<String> STEPS = List.of("entreprise", "contact", "offres", "profil", "pieces",
            "conditions", "recapitulatif");
    private static final Set<String> COMPANY_FIELDS = Set.of("kind", "name", "siren", "siret", "apeCode", "address",
            "postcode", "town", "website");

    @Inject
    private PartnerApplications applications;

    @Inject
    private transient CategoryService categoryService;

    private final ApplicationForm form = new ApplicationForm();
    private final Map<AttachmentKind, Upload> uploads = new EnumMap<>(AttachmentKind.class);
    private final Map<String, LocalDate> validUntil = new HashMap<>();
    private Map<String, String> categoryNames;
    private int termsNumber;
    private String termsTitle;
    private String termsBody;
    private long maxUploadBytes;

    @PostConstruct
    void init() {
        TermsVersion terms = applications.termsInForce();
        termsNumber = terms.getNumber();
        termsTitle = terms.getTitle();
        termsBody = terms.getBody();
        form.setTermsNumber(termsNumber);
        maxUploadBytes = applications.maxUploadBytes();
        categoryNames = new HashMap<>();
        for (Category category : categoryService.findAll()) {
            categoryNames.put(category.getCode(), category.getName());
        }
    }

    /** Moves between steps: forward only when the step is right; the profile step is for competence centres. */
    public String onFlowProcess(FlowEvent event) {
        String from = event.getOldStep();
        String to = event.getNewStep();
        boolean forward = STEPS.indexOf(to) > STEPS.indexOf(from);
        if (forward && !stepIsValid(from)) {
            return from;
        }
        if ("profil".equals(to) && !isCompetenceCentre()) {
            return forward ? "pieces" : "offres";
        }
        if ("profil".equals(to)) {
            form.getProfile().prepareServices(form.getKind());
        }
        return to;
    }

    private boolean stepIsValid(String step) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            switch (step) {
                case "entreprise" -> {
                    if (form.getKind() == null) {
                        throw new InvalidInputException("kind", "Choisissez le type de votre société.");
                    }
                    form.getCategories().retainAll(form.getKind().allowedCategories());
                    companyFieldsOnly();
                }
                case "contact" -> CompanyDetails.from(form.getCompany(), isCompetenceCentre());
                case "offres" -> {
                    if (form.getCategories().isEmpty()) {
                        throw new InvalidInputException("categories", "Choisissez au moins une catégorie d'offres.");
                    }
                }
                case "profil" -> {
                    CompetenceProfile.from(form.getProfile());
                    CompetenceProfile.services(form.getProfile(), form.getKind());
                }
                case "pieces" -> {
                    if (isCompetenceCentre()) {
                        for (AttachmentKind kind : AttachmentKind.requiredOfCompetenceCentres()) {
                            if (!uploads.containsKey(kind)) {
                                throw new InvalidInputException("attachment." + kind.name(),
                                        "Joignez « " + kind.label() + " » (PDF).");
                            }
                        }
                    }
                }
                case "conditions" -> {
                    if (!form.isTermsAccepted()) {
                        throw new InvalidInputException("terms", "Vous devez accepter les conditions générales d'utilisation.");
                    }
                }
                default -> {
                    // the summary has nothing of its own
                }
            }
            return true;
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, form(faces), refusal);
            return false;
        }
    }

    /** The identity step's fields come first in {@link CompanyDetails#from}: a refusal of a later field means they are right. */
    private void companyFieldsOnly() {
        try {
            CompanyDetails.from(form.getCompany(), false);
        } catch (InvalidInputException refusal) {
            if (COMPANY_FIELDS.contains(refusal.field())) {
                throw refusal;
            }
        }
    }

    /** One supporting document chosen: checked now (type, size, PDF structure) and kept in the view. */
    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        AttachmentKind kind = AttachmentKind.valueOf((String) event.getComponent().getAttributes().get("kind"));
        try {
            LocalDate until = validUntil.get(kind.name());
            if (kind.expires() && until == null) {
                throw Uploads.missingDate(kind);
            }
            uploads.put(kind, Uploads.of(kind, event.getFile(), until, maxUploadBytes));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces, "apply.upload.received", event.getFile().getFileName()), null));
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, form(faces), refusal);
        }
    }

    public void removeUpload(String kind) {
        uploads.remove(AttachmentKind.valueOf(kind));
    }

    /** Submits the application; the service checks it all again (R6). */
    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Upload> files = new ArrayList<>();
        for (Upload upload : uploads.values()) {
            // the date may have been corrected after the file was chosen
            LocalDate until = upload.kind().expires() ? validUntil.get(upload.kind().name()) : null;
            files.add(new Upload(upload.kind(), upload.fileName(), upload.contentType(), upload.content(), until));
        }
        try {
            long id = applications.submit(form, files);
            faces.getExternalContext().getFlash().put("applicationId", id);
            faces.getExternalContext().getFlash().put("applicationEmail", form.getCompany().getEmail());
            return "/candidature-envoyee?faces-redirect=true";
        } catch (InvalidInputException refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "apply.refused", refusal.getMessage()), null));
            FieldMessages.show(faces, form(faces), refusal);
            return null;
        }
    }

    private static UIComponent form(FacesContext faces) {
        return faces.getViewRoot().findComponent(FORM);
    }

    public boolean isCompetenceCentre() {
        return form.getKind() != null && form.getKind().isCompetenceCentre();
    }

    public ApplicationForm getForm() {
        return form;
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public DiplomaLevel[] getDiplomaLevels() {
        return DiplomaLevel.values();
    }

    public ServiceCoverage[] getCoverages() {
        return ServiceCoverage.values();
    }

    /** The categories the chosen kind may offer, code → French name, in the order of the terms. */
    public Map<String, String> getAllowedCategories() {
        Map<String, String> allowed = new java.util.LinkedHashMap<>();
        if (form.getKind() != null) {
            for (String code : form.getKind().allowedCategories()) {
                allowed.put(categoryNames.getOrDefault(code, code), code);
            }
        }
        return allowed;
    }

    public String categoryName(String code) {
        return categoryNames.getOrDefault(code, code);
    }

    /** The documents to ask for: certificates first; for competence centres they are required (R8). */
    public AttachmentKind[] getAttachmentKinds() {
        return AttachmentKind.values();
    }

    public boolean isRequired(AttachmentKind kind) {
        return isCompetenceCentre() && AttachmentKind.requiredOfCompetenceCentres().contains(kind);
    }

    public Upload uploadOf(AttachmentKind kind) {
        return uploads.get(kind);
    }

    public List<Upload> getUploads() {
        return new ArrayList<>(uploads.values());
    }

    public Map<String, LocalDate> getValidUntil() {
        return validUntil;
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    public int getTermsNumber() {
        return termsNumber;
    }

    public String getTermsTitle() {
        return termsTitle;
    }

    public String getTermsBody() {
        return termsBody;
    }
}
