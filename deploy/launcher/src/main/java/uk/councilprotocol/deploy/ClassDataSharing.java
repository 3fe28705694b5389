package uk.councilprotocol.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Class data sharing (the JDK's AppCDS) for a service's JVM: its first run on a build archives the classes it loaded
 * as it stops, and every later run on that build maps them instead of loading, verifying and linking them again — the
 * services are ready in about two thirds of the time. The archive is named by the class path's files (path, size,
 * time), so a new build makes a new one and the old is removed; the JDK checks the files again before using it, and
 * a JVM that cannot use an archive runs without one ({@code -Xshare:auto}). A directory on the class path (classes
 * not yet packaged) cannot be archived: that run goes without.
 *
 * @param dumping whether this run writes the archive (to {@code pending}, kept by {@link #keep()} once it has exited)
 */
record ClassDataSharing(Path archive, Path pending, boolean dumping) {
    /** An archive's name: the module's, then the class path's key. */
    private static final String KEY_AND_SUFFIX = "-[0-9a-f]{16}\\.jsa";

    static Optional<ClassDataSharing> of(Path folder, String name, String classPath) throws IOException {
        List<Path> entries = Stream.of(classPath.split(File.pathSeparator)).map(Path::of).toList();
        if (entries.stream().anyMatch(Files::isDirectory)) {
            return Optional.empty();
        }
        Files.createDirectories(folder);
        Path archive = folder.resolve(name + "-" + key(entries) + ".jsa");
        Path pending = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        return Optional.of(new ClassDataSharing(archive, pending, !Files.isRegularFile(archive)));
    }

    List<String> jvmOptions() {
        // -Xlog:cds=off: the JDK's notes on classes it leaves out of an archive are of no use in a service's log
        return List.of(dumping ? "-XX:ArchiveClassesAtExit=" + pending : "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
    }

    /** After the JVM has exited: keeps the archive it wrote (if it wrote one), in place of the build's older ones. */
    void keep() throws IOException {
        if (!dumping || !Files.isRegularFile(pending)) {
            return;
        }
        Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String name = archive.getFileName().toString().replaceFirst(KEY_AND_SUFFIX + "$", "");
        Pattern sameModule = Pattern.compile(Pattern.quote(name) + KEY_AND_SUFFIX);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path old : files.filter(f -> sameModule.matcher(f.getFileName().toString()).matches() && !f.equals(archive)).toList()) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** After the JVM was killed: what it may have begun writing is not an archive. */
    void discard() throws IOException {
        Files.deleteIfExists(pending);
    }

    private static String key(List<Path> entries) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path entry : entries) {
                String stamp = entry + "|" + (Files.exists(entry) ? Files.size(entry) + "|" + Files.getLastModifiedTime(entry).toMillis() : "-");
                digest.update((stamp + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
