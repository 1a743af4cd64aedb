package fr.catalogue.web.contact;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.contact.RatingInvitation;
import fr.catalogue.contact.Ratings;
import fr.catalogue.web.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Rating a provider through the acknowledgement's personal link ({@code /avis.xhtml?jeton=…}, R24):
 * a token unknown, used or expired shows why, in French.
 */
@Named
@ViewScoped
public class RatingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rating";

    @Inject
    private Ratings ratings;

    private String token;
    private RatingInvitation invitation;
    private String refusal;
    private Integer stars;
    private String comment;
    private boolean done;

    public void load() {
        try {
            invitation = ratings.invitation(token);
        } catch (BusinessException refused) {
            refusal = refused.getMessage();
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ratings.rate(token, stars, comment);
            done = true;
        } catch (InvalidInputException refused) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refused);
        }
    }

    public List<Integer> getStarChoices() {
        return List.of(5, 4, 3, 2, 1);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public RatingInvitation getInvitation() { return invitation; }
    public String getRefusal() { return refusal; }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isDone() { return done; }
}
