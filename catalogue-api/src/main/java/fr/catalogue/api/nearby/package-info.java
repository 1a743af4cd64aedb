/** Providers nearby (R25) over HTTP: competence centres and advisers of a place and its neighbours. */
package fr.catalogue.api.nearby;
