package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps the bank holidays current without a release: with {@code enquiries.calendar.refresh-url} set (GOV.UK's
 * {@code https://www.gov.uk/bank-holidays.json}, or a copy the council keeps, {@code file:} too), one replica fetches
 * the file each {@code refresh-interval} (a day unless set) and keeps it in {@code bank_holiday_file}; every replica
 * checks each minute and counts by a newer file from then on. A file that cannot be read, lacks a division or covers
 * fewer years than the one in use is refused and logged: the calendar never goes backwards.
 */
@Singleton
public class CalendarRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarRefresh.class);
    /** The advisory lock that lets one replica fetch at a time. */
    private static final long FETCH_LOCK = 0x6275_6e74_696e_6721L;
    private static final int MAX_BYTES = 1024 * 1024;

    private final BankHolidayFileRepository files;
    private final CouncilCalendars calendars;
    private final Clock clock;
    private final String source;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public CalendarRefresh(BankHolidayFileRepository files, CouncilCalendars calendars, Clock clock,
                           @Nullable @Value("${enquiries.calendar.refresh-url:}") String source) {
        this.files = files;
        this.calendars = calendars;
        this.clock = clock;
        this.source = source == null ? "" : source.strip();
    }

    @Scheduled(fixedDelay = "${enquiries.calendar.refresh-interval:1d}", initialDelay = "${enquiries.calendar.refresh-first:30s}")
    void scheduledFetch() {
        if (!source.isEmpty()) {
            try {
                fetch();
            } catch (RuntimeException e) {
                LOG.warn("The bank-holidays file could not be fetched from {}: {}", source, e.getMessage());
            }
        }
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "5s")
    void scheduledAdopt() {
        try {
            adopt();
        } catch (RuntimeException e) {
            LOG.warn("The stored bank-holidays file could not be read: {}", e.getMessage());
        }
    }

    /** What happened to one fetch, for the log and the tests. */
    public enum Outcome { KEPT, UNCHANGED, REFUSED, BUSY }

    /** One replica fetches; a newer, complete file is kept for all of them. */
    @Transactional
    public Outcome fetch() {
        if (!files.tryFetchLock(FETCH_LOCK)) {
            return Outcome.BUSY;
        }
        byte[] content = download();
        String sha = sha256(content);
        Optional<BankHolidayFileRow> current = files.findById(1);
        if (current.isPresent() && current.get().sha256().equals(sha)) {
            return Outcome.UNCHANGED;
        }
        int lastYear;
        try {
            lastYear = CouncilCalendars.DIVISIONS.stream().map(d -> calendars.read(content, d)).mapToInt(c -> c.lastYear().getValue())
                    .min().orElseThrow();
        } catch (RuntimeException e) {
            LOG.warn("The bank-holidays file from {} was refused: {}", source, e.getMessage());
            return Outcome.REFUSED;
        }
        int inUse = current.map(BankHolidayFileRow::lastYear).orElse(lastYearInUse());
        if (lastYear < inUse) {
            LOG.warn("The bank-holidays file from {} ends in {}, before the one in use ({}): refused", source, lastYear, inUse);
            return Outcome.REFUSED;
        }
        BankHolidayFileRow row = new BankHolidayFileRow(1, content, sha, source, lastYear, clock.instant());
        if (current.isPresent()) {
            files.update(row);
        } else {
            files.save(row);
        }
        LOG.info("Bank holidays fetched from {}: now to the end of {}", source, lastYear);
        return Outcome.KEPT;
    }

    /** This replica counts by the stored file from now on, if it is newer than the one it uses. */
    public void adopt() {
        Optional<String> stored = files.findSha256ById(1);
        if (stored.isEmpty() || stored.equals(calendars.refreshedSha256())) {
            return;
        }
        files.findById(1).ifPresent(row -> calendars.adopt(new CouncilCalendars.RefreshedFile(row.sha256(), row.content())));
    }

    private int lastYearInUse() {
        return CouncilCalendars.DIVISIONS.stream().map(d -> calendars.currentDivision(d)).mapToInt(c -> c.lastYear().getValue())
                .min().orElse(0);
    }

    private byte[] download() {
        try {
            URI uri = URI.create(source);
            if ("file".equals(uri.getScheme())) {
                return limited(Files.newInputStream(Path.of(uri)));
            }
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IllegalStateException("the server answered " + response.statusCode());
            }
            return limited(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** GOV.UK's file is about 20 KB; a megabyte is something else. */
    private static byte[] limited(InputStream in) throws IOException {
        try (in) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new IOException("larger than a megabyte: not a bank-holidays file");
            }
            return content;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
