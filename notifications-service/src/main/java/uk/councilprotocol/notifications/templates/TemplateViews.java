package uk.councilprotocol.notifications.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** What the admin reads about the council's email templates, over HTTP and (mapped) gRPC. */
public final class TemplateViews {
    private TemplateViews() {
    }

    /** version 0: the platform's wording. */
    @Serdeable
    public record Summary(String kind, String title, int version, @Nullable Instant savedAt, @Nullable String savedBy) {
    }

    @Serdeable
    public record Placeholder(String name, String description) {
    }

    @Serdeable
    public record Version(int version, Wording wording, Instant savedAt, String savedBy) {
    }

    /** {@code versions} newest first. */
    @Serdeable
    public record Template(Summary summary, List<Placeholder> placeholders, Wording inEffect, Wording platformDefault,
                           List<Version> versions) {
    }

    @Serdeable
    public record Preview(String subject, String text, String html, String filledFrom) {
    }
}
