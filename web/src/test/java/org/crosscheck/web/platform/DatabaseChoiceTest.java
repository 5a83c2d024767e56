package org.crosscheck.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseChoiceTest {

    @Test
    void aSettingMayComeFromTheEnvironmentInUpperCase() {
        assertThat(DatabaseChoice.setting(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/news"), new Properties(),
                "quarkus.datasource.jdbc.url")).contains("jdbc:postgresql://db/news");
        assertThat(DatabaseChoice.setting(Map.of("CROSSCHECK_DATA_DIR", "/srv/news"), new Properties(), "crosscheck.data-dir"))
                .contains("/srv/news");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("crosscheck.data-dir", "/from/property");
        assertThat(DatabaseChoice.setting(Map.of("CROSSCHECK_DATA_DIR", "/from/env"), properties, "crosscheck.data-dir"))
                .contains("/from/property");
    }

    @Test
    void anExternalUrlMeansNoEmbeddedServer() {
        try (DatabaseChoice choice = DatabaseChoice.choose(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://elsewhere/news"),
                new Properties())) {
            assertThat(choice).extracting("embedded").isNull();
        }
    }

    @Test
    void theLauncherRefusesADataDirectoryWithLessRoomThanConfiguredAndNamesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatabaseChoice.choose(Map.of("CROSSCHECK_DATA_DIR", data.toString(),
                        "CROSSCHECK_DATA_DIR_MINIMUM_FREE_MB", "999999999"), new Properties()))
                .isInstanceOf(org.crosscheck.db.embedded.EmbeddedDatabaseException.class)
                .hasMessageContaining(data.resolve("postgres").toString()).hasMessageContaining("MB free");
    }
}
