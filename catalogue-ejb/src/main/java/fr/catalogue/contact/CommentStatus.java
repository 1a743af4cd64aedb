package fr.catalogue.contact;

/** Where a rating's comment stands (R24): waiting for a reviewer, published, or rejected with a reason. */
public enum CommentStatus {
    PENDING("En attente de modération"),
    PUBLISHED("Publié"),
    REJECTED("Refusé");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
