package uk.councilprotocol.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Path target = root.resolve(module).resolve("target");
        Path file = target.resolve("runtime-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build first (./mvnw -DskipTests install)");
        }
        try {
            List<String> entries = new ArrayList<>();
            entries.add(target.resolve("classes").toString());
            String deps = Files.readString(file).strip();
            if (!deps.isEmpty()) {
                entries.add(deps);
            }
            return String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #classPath}, with the module's packaged jar in place of its classes folder when the jar holds the
     * latest build (so the JVM can share its classes: {@link ClassDataSharing}).
     */
    public String packagedClassPath(String module) {
        String classPath = classPath(module);
        Path target = root.resolve(module).resolve("target");
        Path classes = target.resolve("classes");
        try {
            Path jar = packagedJar(target, Path.of(module).getFileName().toString()).orElse(null);
            if (jar == null) {
                return classPath;
            }
            long packaged = Files.getLastModifiedTime(jar).toMillis();
            try (Stream<Path> files = Files.walk(classes)) {
                boolean newer = files.anyMatch(f -> {
                    try {
                        return Files.getLastModifiedTime(f).toMillis() > packaged;
                    } catch (IOException e) {
                        return true;
                    }
                });
                return newer ? classPath : classPath.replaceFirst(Pattern.quote(classes.toString()), Matcher.quoteReplacement(jar.toString()));
            }
        } catch (IOException e) {
            return classPath;
        }
    }

    private static Optional<Path> packagedJar(Path target, String artifact) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(artifact + "-") && name.endsWith(".jar")
                        && !name.endsWith("-tests.jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar");
            }).findFirst();
        }
    }

    /** Where a module's class data sharing archive is kept: beside its build, so a clean build removes it too. */
    public Path sharedClassesFolder(String module) {
        return root.resolve(module).resolve("target").resolve("cds");
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
