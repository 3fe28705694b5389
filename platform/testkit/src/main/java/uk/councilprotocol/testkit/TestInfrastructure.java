package uk.councilprotocol.testkit;

import org.slf4j.Logger;
import uk.councilprotocol.platform.time.ClockStart;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kafka, PostgreSQL and SMTP, started once per test JVM on first use and stopped when it exits.
 * Each test class gets a scope of its own: a fresh database and its own topic namespace, so no class
 * sees another's data or events.
 */
public final class TestInfrastructure {
    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure shared;

    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final MailServer mail;
    private final DevTokenIssuer tokens;
    private final AtomicInteger scopes = new AtomicInteger();
    private boolean stopped;
    /** By class and pinned day: the date guard runs a class again on each day it pins, each time from nothing. */
    private final Map<String, TestScope> byClassAndDay = new ConcurrentHashMap<>();

    private TestInfrastructure(PostgresServer postgres, KafkaServer kafka, MailServer mail, DevTokenIssuer tokens) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.tokens = tokens;
    }

    public static TestInfrastructure shared() {
        if (shared == null) {
            synchronized (TestInfrastructure.class) {
                if (shared == null) {
                    long started = System.nanoTime();
                    PostgresServer postgres = PostgresServer.start();
                    KafkaServer kafka = KafkaServer.start();
                    MailServer mail = MailServer.start(0);
                    shared = new TestInfrastructure(postgres, kafka, mail, DevTokenIssuer.start(0));
                    LOG.info("Test infrastructure up in {} ms", (System.nanoTime() - started) / 1_000_000);
                    // Normally stopped when the test session ends (TestSessionEnd); the hook is the fallback.
                    Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "testkit-stop"));
                }
            }
        }
        return shared;
    }

    /** The scope of a test class, created (with its empty database) on first request. */
    public TestScope scopeFor(Class<?> testClass) {
        String key = testClass.getName() + "@" + System.getProperty(ClockStart.PROPERTY, "");
        return byClassAndDay.computeIfAbsent(key, c -> {
            int n = scopes.incrementAndGet();
            String database = "test_" + n;
            postgres.createServiceDatabase(database);
            return new TestScope(this, database, "t" + n + ".");
        });
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public MailServer mail() {
        return mail;
    }

    public DevTokenIssuer tokens() {
        return tokens;
    }

    /** Stops the shared servers if they were started; called when the test session ends. */
    static void stopShared() {
        if (shared != null) {
            shared.stop();
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        // Kafka goes first and while the JVM is still whole: left running into JVM shutdown, its temporary
        // directories are deleted under it by a shutdown hook and it halts the JVM with a failure status.
        for (AutoCloseable part : new AutoCloseable[]{kafka, tokens, mail, postgres}) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Could not stop {}", part, e);
            }
        }
    }

}
