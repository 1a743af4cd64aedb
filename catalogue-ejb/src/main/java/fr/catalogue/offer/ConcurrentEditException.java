package fr.catalogue.offer;

import fr.catalogue.common.BusinessException;

/** Someone else changed the offer since the caller read it: nothing was saved (optimistic lock). */
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("Cette offre vient d'être modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : "
                + "vos changements n'ont pas été enregistrés. Rechargez l'offre pour voir sa dernière version, "
                + "puis refaites vos changements.");
    }
}
