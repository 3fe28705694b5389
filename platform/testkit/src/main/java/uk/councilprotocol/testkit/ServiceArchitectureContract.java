package uk.councilprotocol.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one-way shape every service keeps, checked on its compiled classes (not Micronaut's generated ones): its
 * feature packages import each other in one direction only, nothing depends on an adapter (a {@code @Controller} or a
 * {@code …GrpcService}), and no other service's code is reached. A service's test names its base package.
 */
public abstract class ServiceArchitectureContract {
    private static final List<String> SERVICES = List.of("training", "notifications", "enquiries", "plans", "console");
    /** Imported once for the class's three rules (JUnit makes an instance for each test): an import takes seconds. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** e.g. {@code uk.councilprotocol.training} */
    protected abstract String basePackage();

    private JavaClasses classes() {
        return IMPORTED.computeIfAbsent(basePackage(), base -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/$"))
                .importLocations(compiledFolders(base)));
    }

    /**
     * Where the service's own classes are: the folders the package is in on the class path. Naming the package alone
     * made ArchUnit open every jar on the class path to look for it, most of the test's time.
     */
    private static List<Location> compiledFolders(String base) {
        try {
            List<Location> folders = Collections.list(ServiceArchitectureContract.class.getClassLoader()
                            .getResources(base.replace('.', '/'))).stream()
                    .filter(url -> url.getProtocol().equals("file")).map(Location::of).toList();
            if (folders.isEmpty()) {
                throw new IllegalStateException("No compiled classes of " + base + " on the class path");
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void featurePackagesDependOneWay() {
        slices().matching(basePackage() + ".(*)..").should().beFreeOfCycles().check(classes());
    }

    @Test
    void adaptersAreDependedOnByNothing() {
        DescribedPredicate<JavaClass> anAdapter = DescribedPredicate.describe("an adapter or part of one",
                ServiceArchitectureContract::partOfAnAdapter);
        noClasses().that(DescribedPredicate.not(anAdapter)).should().dependOnClassesThat(anAdapter).check(classes());
    }

    /** A controller or gRPC service, or a class nested in one (the observer a streaming call returns). */
    private static boolean partOfAnAdapter(JavaClass type) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.isAnnotatedWith(Controller.class) || outermost.getSimpleName().endsWith("GrpcService");
    }

    @Test
    void noOtherServicesCodeIsReached() {
        String[] others = SERVICES.stream().map(s -> "uk.councilprotocol." + s + "..")
                .filter(p -> !p.startsWith(basePackage() + ".")).toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).check(classes());
    }
}
