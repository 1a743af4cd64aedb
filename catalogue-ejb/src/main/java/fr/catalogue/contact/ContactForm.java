package fr.catalogue.contact;

import java.io.Serializable;

/** What a visitor types in the contact form, unchecked (see {@link ContactInput#from}). */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long offerId;
    private Long partnerId;
    private String name;
    private String email;
    private String phone;
    private String company;
    private String message;
    private boolean consent;

    public Long getOfferId() { return offerId; }
    public void setOfferId(Long offerId) { this.offerId = offerId; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
