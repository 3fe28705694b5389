package uk.councilprotocol.platform.tables;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A download written to a temporary file as it is made, then sent from it and deleted once sent: however large
 * the file (a 50,000-person matrix, a council's data), the console holds a page of it at a time, not the whole.
 */
public final class TemporaryDownload {
    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private TemporaryDownload() {
    }

    public static HttpResponse<StreamedFile> of(String fileName, MediaType type, Content content) throws IOException {
        Path file = Files.createTempFile("download-", "-" + fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return HttpResponse.ok(new StreamedFile(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE), type).attach(fileName));
    }
}
