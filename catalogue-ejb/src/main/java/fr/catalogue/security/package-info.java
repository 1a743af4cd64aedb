/**
 * Accounts and sign-in: user codes, PBKDF2 password hashes, roles, API tokens, and the
 * Jakarta Security identity store backed by the database (R7: a user code and a confidential
 * password for each partner, replaced at the first sign-in). The rules are plain classes:
 * {@link fr.catalogue.security.PasswordPolicy}, {@link fr.catalogue.security.LoginThrottle}, and the
 * reset link's {@link fr.catalogue.security.PasswordReset#isUsableAt}; {@link fr.catalogue.security.AccountService}
 * applies them, audited.
 */
package fr.catalogue.security;
