package fr.catalogue.linkcheck;

/** What made a check run: kept with each check, so a reviewer knows where a verdict comes from. */
public enum CheckTrigger {
    /** An offer linking to the page was published (in the background). */
    PUBLISH,
    /** A partner (own pages) or a reviewer asked for it. */
    ON_DEMAND,
    /** The daily check of every published link ({@code catalogue.linkcheck.daily}). */
    DAILY,
    /** A review campaign checks every link (R17, issue 6). */
    CAMPAIGN
}
