package uk.councilprotocol.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import uk.councilprotocol.deploy.Layout;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.Ports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One platform for the journeys that change nothing another reads (no clock moved, no service or broker stopped, their
 * own people, wards and plans): the first class that asks starts it, and it stops when the test run ends. A platform
 * start is half a minute on the build machine; journeys that break things start their own. The browser journeys load
 * the demo into it and change the demo councils (Eastmoor's settings, Glenmoor erased), so the others, run before or
 * after them, assert on their own records, or on a council-wide figure as training reports it.
 */
public final class SharedPlatform implements ParameterResolver {
    /** What the shared platform's services run with: mail goes out within a third of a second. */
    static final Map<String, String> SETTINGS = Map.of("NOTIFICATIONS_DISPATCH_INTERVAL", "300ms");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class).platform();
    }

    /** The platform and its run folder, closed (every process stopped, the folder removed) after the last test. */
    record Running(Platform platform, Path runDirectory) implements ExtensionContext.Store.CloseableResource {
        static Running start() {
            try {
                Path runDirectory = Files.createTempDirectory("shared-platform");
                return new Running(Platform.start(Layout.find(runDirectory), Ports.free(), SETTINGS), runDirectory);
            } catch (Exception e) {
                throw new IllegalStateException("The shared platform did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            platform.close();
            try (Stream<Path> files = Files.walk(runDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
