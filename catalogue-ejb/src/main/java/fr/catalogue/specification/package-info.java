/**
 * The technical specifications of the categories ("cahiers des charges", R5) and the conformance
 * engine that judges an offer against one version of them (R11, R12 prices, R9 services, R13 plain words).
 */
package fr.catalogue.specification;
