package fr.catalogue.web.partner;

import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.offer.OfferEditing;
import fr.catalogue.offer.PartnerOfferRow;
import fr.catalogue.partner.CompanyForm;
import fr.catalogue.partner.CompetenceProfileForm;
import fr.catalogue.partner.Document;
import fr.catalogue.partner.PartnerApplications;
import fr.catalogue.partner.PartnerProfile;
import fr.catalogue.partner.PartnerProfiles;
import fr.catalogue.partner.Upload;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * A partner's page for an administrator ({@code /admin/partenaire.xhtml?id=}): its profile, edited
 * for it (R7, traced as acting for the partner), and its offers, edited for it on
 * {@code /partner/offres.xhtml?partenaire=}.
 */
@Named
@ViewScoped
public class PartnerAdmin extends ProfileEditor {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerProfiles profiles;

    @Inject
    private PartnerApplications applications;

    @Inject
    private OfferEditing editing;

    private Long id;
    private List<PartnerOfferRow> offers;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                throw new ResourceNotFoundException("Partenaire introuvable.");
            }
            reload();
            offers = editing.list(id);
        } catch (ResourceNotFoundException e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    @Override
    protected PartnerProfile read() {
        return profiles.get(id);
    }

    @Override
    protected PartnerProfile write(long version, CompanyForm company, CompetenceProfileForm competence) {
        return profiles.update(id, version, company, competence);
    }

    @Override
    protected void addDocument(Upload upload) {
        profiles.addDocument(id, upload);
    }

    @Override
    protected Document readDocument(long documentId) {
        return applications.downloadAttachment(documentId);
    }

    @Override
    protected long maxUploadBytes() {
        return applications.maxUploadBytes();
    }

    /** The partner's offers, whatever their status, most recently changed first. */
    public List<PartnerOfferRow> getOffers() {
        return offers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
