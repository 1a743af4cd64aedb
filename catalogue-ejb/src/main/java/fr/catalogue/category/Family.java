package fr.catalogue.category;

/** The four families of offers of the terms of use, §V (R1 to R4). */
public enum Family {
    /** R1: PCs, PDAs, peripherals, servers, networks. */
    EQUIPMENT,
    /** R2: telecom equipment and services. */
    TELECOM,
    /** R3: Internet access and website building. */
    INTERNET,
    /** R4: advisers and competence centres. */
    SERVICE_PROVIDER
}
