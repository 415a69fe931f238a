package dev.kaikei.journal;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** Turns SQLite's error codes into messages a shop owner or support person can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    static JournalException wrap(String action, Path file, SQLException e) {
        return new JournalException("Could not " + action + " the journal " + file + ": " + reason(e), e);
    }

    static boolean isConstraint(SQLException e) {
        return primary(e) == SQLiteErrorCode.SQLITE_CONSTRAINT.code;
    }

    private static int primary(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    private static String reason(SQLException e) {
        int code = primary(e);
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "the file is not a Kaikei journal or is corrupt (" + e.getMessage() + ")";
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "the file is locked by another program or connection (" + e.getMessage() + ")";
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_READONLY.code
                || code == SQLiteErrorCode.SQLITE_PERM.code) {
            return "the file cannot be opened for writing (" + e.getMessage() + ")";
        }
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full (" + e.getMessage() + ")";
        }
        return e.getMessage();
    }
}
