package fr.catalogue.linkcheck;

/**
 * Why a check did not end {@link LinkVerdict#CONFORM}, each with the verdict it leads to when it is
 * the reason of the whole check and the French text shown to partners and reviewers.
 */
public enum CheckReason {
    /** The linked page answered 404 or 410. */
    NOT_FOUND(LinkVerdict.NON_CONFORM, "page introuvable"),
    /** The linked page answered another error status (4xx, 5xx). */
    HTTP_ERROR(LinkVerdict.NON_CONFORM, "le site a répondu par une erreur"),
    /** No answer within the connect or read timeout. */
    TIMEOUT(LinkVerdict.NON_CONFORM, "délai de réponse dépassé"),
    /** The host could not be resolved or the connection was refused or reset. */
    UNREACHABLE(LinkVerdict.NON_CONFORM, "site injoignable"),
    /** More redirects than allowed (5). */
    TOO_MANY_REDIRECTS(LinkVerdict.NON_CONFORM, "trop de redirections"),
    /** A redirect leads back to an address already visited. */
    REDIRECT_LOOP(LinkVerdict.NON_CONFORM, "redirections en boucle"),
    /** The answer is not an HTML page. */
    NOT_HTML(LinkVerdict.NON_CONFORM, "la page n'est pas une page HTML"),
    /** The page is larger than allowed (2 MB). */
    TOO_LARGE(LinkVerdict.NON_CONFORM, "page trop volumineuse"),
    /** Every page was read and none links back to the catalogue within two clicks. */
    NO_RETURN_LINK(LinkVerdict.NON_CONFORM, "aucun lien vers le catalogue à deux clics au plus"),
    /** A way back may exist only through JavaScript, which cannot be confirmed. */
    SCRIPT_ONLY_LINK(LinkVerdict.INDETERMINATE, "lien produit uniquement par JavaScript, à juger par un examinateur"),
    /** robots.txt forbids reading a page that had to be read. */
    ROBOTS_DISALLOWED(LinkVerdict.INDETERMINATE, "lecture interdite par le fichier robots.txt du site"),
    /** The address (or one reached through a redirect) is refused by the safety rules. */
    UNSAFE_ADDRESS(LinkVerdict.INDETERMINATE, "adresse refusée par les règles de sécurité"),
    /** The address is not an absolute http or https address. */
    MALFORMED_ADDRESS(LinkVerdict.INDETERMINATE, "adresse mal formée"),
    /** The check used all the fetches it may make before it could conclude. */
    BUDGET_EXHAUSTED(LinkVerdict.INDETERMINATE, "trop de pages à lire pour conclure");

    private final LinkVerdict verdict;
    private final String label;

    CheckReason(LinkVerdict verdict, String label) {
        this.verdict = verdict;
        this.label = label;
    }

    /** The verdict of a check whose outcome is this reason. */
    public LinkVerdict verdict() {
        return verdict;
    }

    /** The French text shown to users. */
    public String label() {
        return label;
    }
}
