package fr.catalogue.partner;

import java.time.Instant;

/** An application as the administrators' queue lists it. */
public record ApplicationRow(long id, String name, String siren, PartnerKind kind, String town, ApplicationStatus status,
        Instant submittedAt, Instant decidedAt) {

    static ApplicationRow of(PartnerApplication a) {
        return new ApplicationRow(a.getId(), a.getName(), a.getSiren(), a.getKind(), a.getTown(), a.getStatus(),
                a.getSubmittedAt(), a.getDecidedAt());
    }
}
