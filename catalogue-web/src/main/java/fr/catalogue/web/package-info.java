/**
 * The screens: thin JSF backing beans over the services of catalogue-ejb, and the HTTP
 * authentication mechanism shared by the pages (session) and the API (bearer token).
 */
package fr.catalogue.web;
