/** The administrators' screens: preparing, comparing, measuring and publishing new versions of the specifications (R5). */
package fr.catalogue.web.admin;
