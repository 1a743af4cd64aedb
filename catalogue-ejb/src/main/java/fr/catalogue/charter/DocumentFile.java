package fr.catalogue.charter;

/** A charter document to send: its description (name, type, SHA-256) and its bytes. */
public record DocumentFile(DocumentRow row, byte[] content) {

    @Override
    public String toString() {
        return "DocumentFile[" + row.fileName() + ", " + content.length + " bytes]";
    }
}
