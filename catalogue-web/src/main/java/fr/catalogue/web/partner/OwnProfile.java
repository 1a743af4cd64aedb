package fr.catalogue.web.partner;

import fr.catalogue.partner.CompanyForm;
import fr.catalogue.partner.CompetenceProfileForm;
import fr.catalogue.partner.Document;
import fr.catalogue.partner.PartnerApplications;
import fr.catalogue.partner.PartnerProfile;
import fr.catalogue.partner.PartnerProfiles;
import fr.catalogue.partner.Upload;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A partner's own profile ({@code /partner/profil.xhtml}, R8): the service decides whose it is. */
@Named
@ViewScoped
public class OwnProfile extends ProfileEditor {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerProfiles profiles;

    @Inject
    private PartnerApplications applications;

    public void load() {
        reload();
    }

    @Override
    protected PartnerProfile read() {
        return profiles.getOwn();
    }

    @Override
    protected PartnerProfile write(long version, CompanyForm company, CompetenceProfileForm competence) {
        return profiles.updateOwn(version, company, competence);
    }

    @Override
    protected void addDocument(Upload upload) {
        profiles.addOwnDocument(upload);
    }

    @Override
    protected Document readDocument(long id) {
        return profiles.downloadOwn(id);
    }

    @Override
    protected long maxUploadBytes() {
        return applications.maxUploadBytes();
    }
}
