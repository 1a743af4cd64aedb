package fr.catalogue.geo;

/** A French département (INSEE code such as {@code 35}, {@code 2A} or {@code 974}) and its region. */
public record Department(String code, String name, String regionCode, String regionName) {

    /** "Ille-et-Vilaine (35)". */
    public String displayName() {
        return name + " (" + code + ")";
    }
}
