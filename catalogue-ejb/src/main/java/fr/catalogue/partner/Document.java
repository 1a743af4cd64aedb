package fr.catalogue.partner;

/** A supporting document to download: its name, its type and its bytes. */
public record Document(String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "Document[" + fileName + ", " + content.length + " bytes]";
    }
}
