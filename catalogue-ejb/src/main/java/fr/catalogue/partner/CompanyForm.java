package fr.catalogue.partner;

import java.io.Serializable;

/**
 * A company's identity and contact as typed in a form (the application wizard, the profile page).
 * Mutable and unchecked: {@link CompanyDetails#from} checks it.
 */
public class CompanyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String siren;
    private String siret;
    private String apeCode;
    private String address;
    private String postcode;
    private String town;
    private String website;
    private String contactName;
    private String contactFunction;
    private String phone;
    private String fax;
    private String email;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSiren() { return siren; }
    public void setSiren(String siren) { this.siren = siren; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public String getApeCode() { return apeCode; }
    public void setApeCode(String apeCode) { this.apeCode = apeCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactFunction() { return contactFunction; }
    public void setContactFunction(String contactFunction) { this.contactFunction = contactFunction; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
