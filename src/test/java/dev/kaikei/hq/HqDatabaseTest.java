package dev.kaikei.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HQ's PostgreSQL")
class HqDatabaseTest {

    @Test
    @DisplayName("is migrated by Flyway on open, and opening again changes nothing")
    void migrates() throws Exception {
        DbSettings settings = SharedPostgres.newDatabase();
        try (HqDatabase db = HqDatabase.open(settings, 2)) {
            try (Connection c = db.connection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
        }
        try (HqDatabase db = HqDatabase.open(settings, 2); Connection c = db.connection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("an unreachable database is one clear message without the password")
    void unreachable() {
        DbSettings settings = new DbSettings("jdbc:postgresql://127.0.0.1:1/nothing", "hq", "s3cret-pw");
        assertThatThrownBy(() -> HqDatabase.open(settings, 1)).isInstanceOf(HqException.class)
                .hasMessageContaining("Cannot connect to the HQ database jdbc:postgresql://127.0.0.1:1/nothing as hq")
                .hasMessageNotContaining("s3cret-pw");
    }

    @Test
    @DisplayName("settings come from flags or the environment; bad or missing ones are named")
    void settings() {
        Map<String, String> env = Map.of("KAIKEI_HQ_DB", "jdbc:postgresql://db:5432/kaikei",
                "KAIKEI_HQ_DB_USER", "kaikei", "KAIKEI_HQ_DB_PASSWORD", "pw");
        assertThat(DbSettings.resolve(null, null, env)).isEqualTo(
                new DbSettings("jdbc:postgresql://db:5432/kaikei", "kaikei", "pw"));
        assertThat(DbSettings.resolve("jdbc:postgresql://other/x", "me", env).url())
                .isEqualTo("jdbc:postgresql://other/x");
        assertThat(DbSettings.resolve(null, null, env).toString()).doesNotContain("pw]").contains("****");
        assertThatThrownBy(() -> DbSettings.resolve(null, null, Map.of())).hasMessageContaining("--db");
        assertThatThrownBy(() -> DbSettings.resolve("jdbc:mysql://x/y?password=pw", "u", Map.of()))
                .hasMessageContaining("PostgreSQL").hasMessageNotContaining("password=pw");
        assertThatThrownBy(() -> DbSettings.resolve("jdbc:postgresql://x/y", null, Map.of()))
                .hasMessageContaining("--db-user");
    }
}
