package fr.catalogue.charter;

import java.util.Set;

/**
 * The kinds of charter document administrators upload (R21, R23): the terms of use are public;
 * the annexes, the graphic charter and the logo files are for partners holding the right of use.
 */
public enum DocumentKind {
    TERMS("Conditions d'utilisation", true, Set.of(FileType.PDF)),
    ANNEX("Annexe aux conditions d'utilisation", false, Set.of(FileType.PDF)),
    GRAPHIC_CHARTER("Charte graphique", false, Set.of(FileType.PDF)),
    LOGO("Logo", false, Set.of(FileType.PNG, FileType.JPEG, FileType.SVG));

    private final String label;
    private final boolean isPublic;
    private final Set<FileType> accepted;

    DocumentKind(String label, boolean isPublic, Set<FileType> accepted) {
        this.label = label;
        this.isPublic = isPublic;
        this.accepted = accepted;
    }

    /** The French name shown to users. */
    public String label() {
        return label;
    }

    /** Whether anyone may download it without signing in (R23: the terms of use only). */
    public boolean isPublic() {
        return isPublic;
    }

    /** The file types a document of this kind may be. */
    public Set<FileType> accepted() {
        return accepted;
    }

    /** Whether a document of this kind belongs to one of the four captions (R21). */
    public boolean hasCaption() {
        return this == LOGO;
    }
}
