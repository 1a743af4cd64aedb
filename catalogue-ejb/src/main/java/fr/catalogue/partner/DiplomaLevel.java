package fr.catalogue.partner;

/** The average diploma level of a competence centre's staff (R8). */
public enum DiplomaLevel {
    CAP_BEP("CAP ou BEP"),
    BAC("Baccalauréat"),
    BAC_2("Bac + 2 (BTS, DUT)"),
    BAC_3("Bac + 3 (licence)"),
    BAC_5("Bac + 5 et plus (master, ingénieur)");

    private final String label;

    DiplomaLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
