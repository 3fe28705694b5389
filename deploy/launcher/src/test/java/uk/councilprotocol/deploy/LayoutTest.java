package uk.councilprotocol.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayoutTest {
    private static final Instant BUILT = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path root;
    Layout layout;

    @BeforeEach
    void aBuiltModule() throws Exception {
        layout = new Layout(root, root.resolve("run"));
        write("training-service/src/main/java/Service.java", BUILT.minusSeconds(60));
        write("training-service/src/main/resources/db/migration/V1__start.sql", BUILT.minusSeconds(60));
        write("training-service/target/classes/Service.class", BUILT);
        write("training-service/target/runtime-classpath.txt", BUILT);
    }

    @Test
    void aModuleBuiltSinceItsLastChangeRunsFromItsBuild() {
        assertThat(layout.packagedClassPath("training-service")).startsWith(root.resolve("training-service/target/classes").toString());
    }

    @Test
    void aModuleWhoseCodeChangedAfterItsBuildIsRefusedByName() throws Exception {
        write("training-service/src/main/java/Service.java", BUILT.plusSeconds(1));
        assertThatThrownBy(() -> layout.packagedClassPath("training-service")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("training-service/src/main/java changed after training-service was built");
    }

    @Test
    void aNewMigrationNotYetBuiltIsRefusedToo() throws Exception {
        write("training-service/src/main/resources/db/migration/V2__more.sql", BUILT.plusSeconds(1));
        assertThatThrownBy(() -> layout.packagedClassPath("training-service"))
                .hasMessageContaining("training-service/src/main/resources changed");
    }

    @Test
    void aModuleNeverBuiltIsRefused() throws Exception {
        Files.delete(root.resolve("training-service/target/classes/Service.class"));
        Files.delete(root.resolve("training-service/target/classes"));
        assertThatThrownBy(() -> layout.packagedClassPath("training-service")).hasMessageContaining("build it first");
    }

    private void write(String file, Instant modified) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, file);
        Files.setLastModifiedTime(path, FileTime.from(modified));
    }
}
