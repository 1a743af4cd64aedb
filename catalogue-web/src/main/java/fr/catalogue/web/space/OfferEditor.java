package fr.catalogue.web.space;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.BusinessException;
import fr.catalogue.offer.ActingPartner;
import fr.catalogue.offer.NotConformingException;
import fr.catalogue.offer.OfferEditing;
import fr.catalogue.offer.OfferInput;
import fr.catalogue.offer.OfferStatus;
import fr.catalogue.offer.OwnOffer;
import fr.catalogue.specification.CriterionResult;
import fr.catalogue.specification.SpecificationRules;
import fr.catalogue.specification.Verdict;
import fr.catalogue.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The offer editor ({@code /partner/offre.xhtml?id=…}, a new offer without id; an administrator adds
 * {@code partenaire=…} to create one for a partner, R7). The form is generated from the
 * specification in force for the chosen category (R13); the verdict shows live (R11). Every rule
 * is the service's: this bean carries the form and translates refusals into messages.
 */
@Named
@ViewScoped
public class OfferEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A category the partner may offer in. */
    public record Choice(String code, String name) implements Serializable {
    }

    /** One line of the live verdict. */
    public record Line(String label, String status, boolean mandatory, String message) implements Serializable {
    }

    @Inject
    private OfferEditing editing;

    @Inject
    private CategoryService categories;

    private String id;
    private String partner;

    private Long offerId;
    private Long partnerId;
    private String partnerName;
    private boolean admin;
    private long lockVersion;
    private OfferStatus status;
    private boolean everPublished;
    private List<Choice> choices = List.of();
    private OfferForm form = new OfferForm();
    private List<Line> verdict = List.of();
    private Boolean conforming;
    private String verdictNote;

    /** The view action: the offer (or the partner of a new one), its form and its verdict. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id != null) {
                OwnOffer offer = editing.get(parse(id));
                act(editing.actingFor(offer.partnerId()));
                show(offer);
            } else {
                act(editing.actingFor(partner == null ? null : parse(partner)));
                if (choices.size() == 1) {
                    form.setCategoryCode(choices.get(0).code());
                }
                form.fill(form.toInput(), rulesOf(form.getCategoryCode()), priceLabels(faces));
                check();
            }
        } catch (BusinessException | NumberFormatException e) {
            // an unknown or another partner's offer, or an administrator naming no partner
            faces.getExternalContext().responseSendError(404, "Offre introuvable");
            faces.responseComplete();
        }
    }

    private static long parse(String number) {
        return Long.parseLong(number.strip());
    }

    private void act(ActingPartner acting) {
        partnerId = acting.id();
        partnerName = acting.name();
        admin = acting.actedForByAdministrator();
        List<Category> all = categories.findAll();
        choices = all.stream().filter(c -> acting.categoryCodes().contains(c.getCode()))
                .map(c -> new Choice(c.getCode(), c.getName())).toList();
    }

    private void show(OwnOffer offer) {
        if (choices.stream().noneMatch(choice -> choice.code().equals(offer.categoryCode()))) {
            // an offer entered before the partner's kind changed keeps its category
            List<Choice> all = new java.util.ArrayList<>(choices);
            all.add(new Choice(offer.categoryCode(), offer.categoryName()));
            choices = List.copyOf(all);
        }
        offerId = offer.id();
        lockVersion = offer.version();
        status = offer.status();
        everPublished = offer.publishedAt() != null;
        form = new OfferForm();
        form.fill(offer.content(), rulesOf(offer.categoryCode()), priceLabels(FacesContext.getCurrentInstance()));
        check();
    }

    private SpecificationRules rulesOf(String categoryCode) {
        return editing.rules(categoryCode, null).orElse(null);
    }

    private static UnaryOperator<String> priceLabels(FacesContext faces) {
        return key -> Messages.text(faces, "myoffer.pricing." + key);
    }

    /** The category changed: the form follows its specification, keeping the answers to the same criteria. */
    public void categoryChanged() {
        form.changeCategory(rulesOf(form.getCategoryCode()), priceLabels(FacesContext.getCurrentInstance()));
        check();
    }

    /** R11, live: what publishing would say now. Writes nothing. */
    public void check() {
        FacesContext faces = FacesContext.getCurrentInstance();
        verdict = List.of();
        conforming = null;
        if (form.getCategoryCode() == null) {
            verdictNote = Messages.text(faces, "myoffer.verdict.noCategory");
            return;
        }
        if (form.getSpecificationVersion() == null) {
            verdictNote = Messages.text(faces, "myoffer.verdict.noSpecification");
            return;
        }
        try {
            Verdict judged = editing.check(form.toInput());
            conforming = judged.conforming();
            verdictNote = Messages.text(faces, judged.conforming() ? "myoffer.verdict.ok" : "myoffer.verdict.ko",
                    judged.version(), judged.failures().size());
            verdict = judged.results().stream().map(r -> new Line(r.label(), r.status().name(), r.mandatory(),
                    r.message())).toList();
        } catch (BusinessException e) {
            verdictNote = e.getMessage();
        }
    }

    /** Saves the offer as a draft, whatever its verdict (R11); a published offer becomes a new version (R14). */
    public String saveDraft() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (offerId == null) {
            OwnOffer created = editing.create(admin ? partnerId : null, form.toInput());
            return redirect(faces, created.id(), "myoffer.saved.draft");
        }
        OwnOffer saved = editing.update(offerId, form.toInput(), lockVersion);
        show(saved);
        info(faces, saved.status() == OfferStatus.PUBLISHED ? "myoffer.saved.published" : "myoffer.saved.draft");
        return null;
    }

    /** R11: publishes only a conforming offer; otherwise lists the failing criteria and keeps the form as typed. */
    public String publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        check();
        OfferInput input = form.toInput();
        try {
            OwnOffer published = editing.saveAndPublish(offerId, admin ? partnerId : null, input, offerId == null ? null
                    : lockVersion);
            if (offerId == null) {
                return redirect(faces, published.id(), "myoffer.published");
            }
            show(published);
            info(faces, "myoffer.published");
        } catch (NotConformingException e) {
            refuse(faces, e.verdict());
        }
        return null;
    }

    /** Takes the offer off the catalogue; its versions stay (R14). */
    public void withdraw() {
        show(editing.withdraw(offerId));
        info(FacesContext.getCurrentInstance(), "myoffer.withdrawn");
    }

    /** Deletes a draft never published. */
    public String delete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        editing.delete(offerId);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(faces, "myoffer.deleted");
        return admin ? "/partner/offres?faces-redirect=true&partenaire=" + partnerId : "/partner/index?faces-redirect=true";
    }

    public void addLink() {
        form.addLink();
    }

    public void removeLink(int index) {
        form.removeLink(index);
        check();
    }

    private void refuse(FacesContext faces, Verdict refused) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(faces, "myoffer.refused", refused.version()), null));
        for (CriterionResult failure : refused.failures()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure.message(), null));
        }
        faces.validationFailed();
    }

    private String redirect(FacesContext faces, long newId, String key) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(faces, key);
        return "/partner/offre?faces-redirect=true&id=" + newId;
    }

    private static void info(FacesContext faces, String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, key), null));
    }

    /** An Annex 3 service in plain words (R9, R13); its key when the bundle does not name it. */
    public String serviceLabel(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return Messages.text(faces, "myoffer.service." + key);
        } catch (java.util.MissingResourceException e) {
            return key;
        }
    }

    /** The failing criteria, one per line, for the page's summary. */
    public String getFailures() {
        return verdict.stream().filter(line -> line.mandatory() && !"PASS".equals(line.status()))
                .map(Line::message).collect(Collectors.joining("\n"));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public boolean isAdmin() {
        return admin;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == OfferStatus.PUBLISHED;
    }

    public boolean isDeletable() {
        return offerId != null && !everPublished;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public OfferForm getForm() {
        return form;
    }

    public List<Line> getVerdict() {
        return verdict;
    }

    public Boolean getConforming() {
        return conforming;
    }

    public String getVerdictNote() {
        return verdictNote;
    }
}
