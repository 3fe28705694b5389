package uk.councilprotocol.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTest {
    @TempDir
    Path dir;

    @Test
    void theFirstRunOnABuildWritesTheArchiveAndTheNextUsesIt() throws Exception {
        String classPath = jar("service.jar") + File.pathSeparator + jar("library.jar");
        Path folder = dir.resolve("cds");
        ClassDataSharing first = ClassDataSharing.of(folder, "training-service", classPath).orElseThrow();
        assertThat(first.dumping()).isTrue();
        assertThat(first.jvmOptions()).contains("-XX:ArchiveClassesAtExit=" + first.pending());

        Files.writeString(first.pending(), "archive");   // what the JVM writes as it exits
        first.keep();
        assertThat(first.archive()).exists();
        assertThat(first.pending()).doesNotExist();

        ClassDataSharing next = ClassDataSharing.of(folder, "training-service", classPath).orElseThrow();
        assertThat(next.dumping()).isFalse();
        assertThat(next.jvmOptions()).contains("-XX:SharedArchiveFile=" + first.archive());
    }

    @Test
    void aNewBuildGetsAnArchiveOfItsOwnAndTheOldOneGoes() throws Exception {
        Path service = jar("service.jar");
        Path folder = dir.resolve("cds");
        ClassDataSharing old = ClassDataSharing.of(folder, "training-service", service.toString()).orElseThrow();
        Files.writeString(old.pending(), "archive");
        old.keep();
        ClassDataSharing otherService = ClassDataSharing.of(folder, "training-service-x", service.toString()).orElseThrow();
        Files.writeString(otherService.pending(), "archive");
        otherService.keep();

        Files.setLastModifiedTime(service, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));   // rebuilt
        ClassDataSharing rebuilt = ClassDataSharing.of(folder, "training-service", service.toString()).orElseThrow();
        assertThat(rebuilt.archive()).isNotEqualTo(old.archive());
        assertThat(rebuilt.dumping()).isTrue();
        Files.writeString(rebuilt.pending(), "archive");
        rebuilt.keep();
        assertThat(old.archive()).doesNotExist();
        assertThat(otherService.archive()).as("another module's archive stays").exists();
    }

    @Test
    void classesNotYetPackagedAreNotArchivedAndAKilledRunLeavesNothing() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(ClassDataSharing.of(dir.resolve("cds"), "training-service", classes + File.pathSeparator + jar("a.jar"))).isEmpty();

        ClassDataSharing killed = ClassDataSharing.of(dir.resolve("cds"), "training-service", jar("a.jar").toString()).orElseThrow();
        Files.writeString(killed.pending(), "half an archive");
        killed.discard();
        assertThat(killed.pending()).doesNotExist();
        assertThat(killed.archive()).doesNotExist();
    }

    private Path jar(String name) throws Exception {
        return Files.writeString(dir.resolve(name), name);
    }
}
