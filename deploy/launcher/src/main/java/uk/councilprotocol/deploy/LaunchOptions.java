package uk.councilprotocol.deploy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What {@code run-local.sh} was asked for.
 *
 * @param demo          load the demo council (off with {@code --no-demo})
 * @param smoke         start, load, check every service once, stop and exit ({@code --smoke}; what CI runs)
 * @param clockStart    {@code --today 2026-12-24}: the services' clocks start at 10:00 (London) that day; null for today
 * @param portOffset    {@code --port-offset N}: every documented port plus N, for when one is taken
 * @param runDirectory  {@code --run-dir PATH}: the working folder (data and logs); null for deploy/.run
 */
public record LaunchOptions(boolean demo, boolean smoke, Instant clockStart, int portOffset, Path runDirectory) {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String USAGE = "usage: ./deploy/run-local.sh [--no-demo] [--smoke] [--today YYYY-MM-DD] [--port-offset N] [--run-dir PATH]";

    public static LaunchOptions parse(String... args) {
        boolean demo = true;
        boolean smoke = false;
        Instant clockStart = null;
        int portOffset = 0;
        Path runDirectory = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-demo" -> demo = false;
                case "--smoke" -> smoke = true;
                case "--today" -> clockStart = dayAt10(valueOf(args, ++i, "--today"));
                case "--port-offset" -> portOffset = offset(valueOf(args, ++i, "--port-offset"));
                case "--run-dir" -> runDirectory = Path.of(valueOf(args, ++i, "--run-dir")).toAbsolutePath();
                default -> throw new LaunchFailure("Unknown option '" + args[i] + "'; " + USAGE);
            }
        }
        return new LaunchOptions(demo, smoke, clockStart, portOffset, runDirectory);
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new LaunchFailure(option + " needs a value; " + USAGE);
        }
        return args[index];
    }

    private static Instant dayAt10(String text) {
        try {
            return LocalDate.parse(text).atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw new LaunchFailure("--today '" + text + "' is not a date such as 2026-12-24; " + USAGE);
        }
    }

    private static int offset(String text) {
        try {
            int offset = Integer.parseInt(text);
            if (offset >= 0 && offset <= 40000) {
                return offset;
            }
        } catch (NumberFormatException ignored) {
            // named below
        }
        throw new LaunchFailure("--port-offset '" + text + "' must be a whole number from 0 to 40000; " + USAGE);
    }
}
