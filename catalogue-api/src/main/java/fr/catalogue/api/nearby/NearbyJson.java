package fr.catalogue.api.nearby;

import fr.catalogue.geo.Department;
import fr.catalogue.geo.Nearby;
import java.util.List;

/** Where the catalogue looked (the place understood, its département and neighbours) and what it found. */
public record NearbyJson(String place, String department, List<String> neighbours, List<ProviderJson> providers) {

    static NearbyJson of(Nearby nearby, List<Department> neighbours) {
        return new NearbyJson(nearby.place().displayName(), nearby.place().department().code(),
                neighbours.stream().map(Department::code).toList(),
                nearby.providers().stream().map(ProviderJson::of).toList());
    }
}
