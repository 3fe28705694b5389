package uk.councilprotocol.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.io.File;
import java.util.stream.Stream;

/** Where things are: the checkout, each module's build output, and the launcher's working folder. */
public record Layout(Path root, Path runDirectory) {

    /** Finds the checkout from the current folder upwards (the folder with deploy/ and the root pom). */
    public static Layout find(Path runDirectory) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("training-service"))) {
                return new Layout(dir, runDirectory == null ? dir.resolve("deploy/.run") : runDirectory);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Run this from inside the project checkout");
    }

    /** The runtime class path of a module, as its build wrote it (target/runtime-classpath.txt). */
    public String classPath(String module) {
        return classPath(module, target(module).resolve("classes"));
    }

    /**
     * As {@link #classPath}, with the module's packaged jar in place of its classes folder when the jar holds the
     * latest build (so the JVM can share its classes: {@link ClassDataSharing}).
     */
    public String packagedClassPath(String module) {
        requireBuiltSinceChanged(module);
        Path classes = target(module).resolve("classes");
        return packagedJar(module).filter(jar -> !anyNewerThan(classes, modified(jar)))
                .map(jar -> classPath(module, jar)).orElseGet(() -> classPath(module));
    }

    /**
     * Refuses a module whose code or resources changed after its build: the platform would run (and the bench measure)
     * the module as it was built, not as it is now.
     */
    private void requireBuiltSinceChanged(String module) {
        long built = newest(target(module).resolve("classes"));
        for (String part : List.of("src/main/java", "src/main/resources")) {
            Path sources = root.resolve(module).resolve(part);
            if (Files.isDirectory(sources) && newest(sources) > built) {
                throw new IllegalStateException(module + "/" + part + " changed after " + module
                        + " was built: build it first (./mvnw -DskipTests install)");
            }
        }
    }

    /** When a file in the folder was last written (0 when there is none). */
    private static long newest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(Layout::modified).max().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private Path target(String module) {
        return root.resolve(module).resolve("target");
    }

    /** The module's own code (its classes folder or its jar), then its dependencies as the build listed them. */
    private String classPath(String module, Path code) {
        Path file = target(module).resolve("runtime-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build first (./mvnw -DskipTests install)");
        }
        try {
            List<String> entries = new ArrayList<>();
            entries.add(code.toString());
            String deps = Files.readString(file).strip();
            if (!deps.isEmpty()) {
                entries.add(deps);
            }
            return String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> packagedJar(String module) {
        String artifact = Path.of(module).getFileName() + "-";
        try (Stream<Path> files = Files.list(target(module))) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(artifact) && name.endsWith(".jar")
                        && !name.endsWith("-tests.jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar");
            }).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether anything in the folder was written after the moment given (unreadable counts as newer). */
    private static boolean anyNewerThan(Path folder, long millis) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> modified(f) > millis);
        } catch (IOException e) {
            return true;
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Where a module's class data sharing archive is kept: beside its build, so a clean build removes it too. */
    public Path sharedClassesFolder(String module) {
        return target(module).resolve("cds");
    }

    public Path logs() {
        return runDirectory.resolve("logs");
    }

    public String sql(String file) {
        try {
            return Files.readString(root.resolve("deploy/postgres").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
