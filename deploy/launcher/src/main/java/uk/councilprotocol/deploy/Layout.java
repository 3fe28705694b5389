package uk.councilprotocol.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.File;

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
