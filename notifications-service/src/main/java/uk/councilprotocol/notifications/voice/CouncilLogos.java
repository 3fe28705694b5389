package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.notifications.v1.CouncilLogoChanged;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.platform.tenancy.Councils;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;

/**
 * The council's logo for the console's header and the top of its emails: its admin uploads a PNG or JPEG (at most 100 KB and 1,000 pixels a
 * side), or removes it; anyone signed in to the council may read it. Only the image's header is read to check it, so a
 * file that claims enormous dimensions is refused before anything is decoded.
 */
@Singleton
public class CouncilLogos {
    static final int MAX_BYTES = 100 * 1024;
    static final int MAX_SIDE = 1000;

    private final StoredLogoRepository stored;
    private final Councils councils;
    private final Outbox outbox;
    private final CouncilVoices voices;
    private final Clock clock;

    public CouncilLogos(StoredLogoRepository stored, Councils councils, Outbox outbox, CouncilVoices voices, Clock clock) {
        this.stored = stored;
        this.voices = voices;
        this.councils = councils;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Optional<StoredLogo> current(Caller caller) {
        if (caller.has(Roles.OPERATOR)) {
            return Optional.empty();   // the operator belongs to no council
        }
        return stored.findById(councils.current());
    }

    /** Keeps {@code content} as the logo; empty removes it. */
    @Transactional
    public Optional<StoredLogo> replace(@Nullable byte[] content, Caller caller) {
        caller.require(Roles.ADMIN);
        String council = councils.current();
        if (content == null || content.length == 0) {
            if (stored.existsById(council)) {
                stored.deleteById(council);
                outbox.append(VoiceChoices.AGGREGATE, council, CouncilLogoChanged.newBuilder().setChangedBy(caller.subject()).build());
                voices.forgetCurrent();   // the emails' logo too: this replica's at once, the others' within 2 s
            }
            return Optional.empty();
        }
        Image image = checked(content);
        StoredLogo logo = new StoredLogo(council, content, image.contentType(), image.width(), image.height(), clock.instant(),
                caller.subject());
        StoredLogo saved = stored.existsById(council) ? stored.update(logo) : stored.save(logo);
        outbox.append(VoiceChoices.AGGREGATE, council, CouncilLogoChanged.newBuilder().setContentType(image.contentType())
                .setWidth(image.width()).setHeight(image.height()).setChangedBy(caller.subject()).build());
        voices.forgetCurrent();
        return Optional.of(saved);
    }

    record Image(String contentType, int width, int height) {
    }

    /** The image's kind and size from its header alone; anything else is refused, naming the field. */
    static Image checked(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("logo", "is larger than 100 KB");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                String type = format.equals("png") ? "image/png" : format.equals("jpeg") || format.equals("jpg") ? "image/jpeg" : null;
                if (type == null) {
                    continue;
                }
                try {
                    reader.setInput(in);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    if (width > MAX_SIDE || height > MAX_SIDE) {
                        throw InvalidInputException.of("logo", "is " + width + " by " + height + " pixels: at most "
                                + MAX_SIDE + " a side, please");
                    }
                    return new Image(type, width, height);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            // unreadable: refused below
        }
        throw InvalidInputException.of("logo", "is not a PNG or JPEG image");
    }
}
