package fr.catalogue.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where a MariaDB database is and how to sign in to it. The password never appears in {@link #toString()}. */
public record DatabaseAddress(String url, String user, String password) {

    public DatabaseAddress {
        if (url == null || !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString() {
        return url + " (user " + user + ")";
    }
}
