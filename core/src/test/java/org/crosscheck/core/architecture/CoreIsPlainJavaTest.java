package org.crosscheck.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The newsroom's rules live in core, free of any framework, so they run the same in the server, the CLI and a test. */
class CoreIsPlainJavaTest {

    static final ArchRule CORE_USES_NO_FRAMEWORK = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta..", "javax.persistence..", "javax.inject..", "javax.sql..", "java.sql..",
                    "org.hibernate..", "org.postgresql..", "org.flywaydb..", "io.vertx..", "org.jboss..",
                    "com.fasterxml..", "org.jsoup..", "org.crosscheck.db..", "org.crosscheck.ingest..", "org.crosscheck.web..")
            .because("core is plain Java: no framework, database or upstream module types");

    @Test
    void coreDependsOnNoFrameworkDatabaseOrUpstreamModule() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crosscheck.core");
        assertThat(core).isNotEmpty();
        CORE_USES_NO_FRAMEWORK.check(core);
    }

    @Test
    void theRuleCatchesACoreClassThatReachesForJdbc() {
        JavaClasses offender = new ClassFileImporter().importPackages("org.crosscheck.architecturefixture");
        assertThat(CORE_USES_NO_FRAMEWORK.evaluate(offender).hasViolation()).isTrue();
    }
}
