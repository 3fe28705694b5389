package uk.councilprotocol.notifications;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The one-way shape of notifications-service, checked on its compiled classes (not Micronaut's generated ones). */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/$"))
            .importPackages("uk.councilprotocol.notifications");

    @Test
    void featurePackagesDependOneWay() {
        slices().matching("uk.councilprotocol.notifications.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void adaptersAreDependedOnByNothing() {
        noClasses().that().areNotAnnotatedWith(Controller.class).and().haveSimpleNameNotEndingWith("GrpcService")
                .should().dependOnClassesThat().areAnnotatedWith(Controller.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("GrpcService")
                .check(CLASSES);
    }

    @Test
    void noOtherServicesCodeIsReached() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("uk.councilprotocol.training..",
                "uk.councilprotocol.enquiries..", "uk.councilprotocol.plans..").check(CLASSES);
    }
}
