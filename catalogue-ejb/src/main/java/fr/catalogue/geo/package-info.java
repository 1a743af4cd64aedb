/** French geography for "providers nearby" and the search's place facets (R25): départements, regions. */
package fr.catalogue.geo;
