package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run by {@link Database} on its connection. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
