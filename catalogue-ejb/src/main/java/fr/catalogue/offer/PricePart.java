package fr.catalogue.offer;

import fr.catalogue.specification.PriceComponent;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One component of an offer's structured price (R12), as stored; an amount of 0 means included. */
@Embeddable
public class PricePart {

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = 60)
    private String unit;

    @Column(length = 1000)
    private String description;

    protected PricePart() {
        // for JPA
    }

    public PricePart(PriceComponent component) {
        this.amount = component.amount();
        this.unit = component.unit();
        this.description = component.description();
    }

    public PriceComponent toComponent() {
        return new PriceComponent(amount, unit, description);
    }
}
