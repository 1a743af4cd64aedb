/**
 * Accounts and sign-in: user codes, PBKDF2 password hashes, roles, API tokens, and the
 * Jakarta Security identity store backed by the database (R7: a user code and a confidential
 * password for each partner).
 */
package fr.catalogue.security;
