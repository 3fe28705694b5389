package uk.councilprotocol.notifications.templates;

import java.util.Map;
import java.util.Set;

/**
 * What a preview is filled in with: one implementation per subject the platform writes to people about, taking a real
 * case from the council's own data (the next training due, say), or an example when it has none.
 */
public interface TemplateSamples {

    Set<NoticeKind> kinds();

    Sample sample(NoticeKind kind);

    /** {@code values} for the kind's placeholders; {@code filledFrom} says whose they are, for the admin reading the preview. */
    record Sample(String recipientName, Map<String, String> values, String filledFrom) {
    }
}
