package uk.councilprotocol.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The anchor every figure is compared with: how many single-row INSERT transactions PostgreSQL commits per second
 * on this machine, from Java over JDBC, with 1 and with 8 clients — what the disk path allows, in the same run.
 */
final class Anchor {
    private final String url;
    private final String user;
    private final String password;

    Anchor(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    double commitsPerSecond(int clients, Duration duration) throws Exception {
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement sql = admin.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS bench");
            sql.execute("CREATE TABLE IF NOT EXISTS bench.anchor (id bigserial PRIMARY KEY, client int NOT NULL, "
                    + "payload text NOT NULL, at timestamptz NOT NULL DEFAULT now())");
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> counts = new ArrayList<>();
        long begun = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            counts.add(pool.submit(() -> insertUntilStopped(client, running)));
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        double seconds = (System.nanoTime() - begun) / 1e9;
        pool.shutdown();
        return total / seconds;
    }

    private long insertUntilStopped(int client, AtomicBoolean running) throws SQLException {
        long done = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench.anchor (client, payload) VALUES (?, ?)")) {
            connection.setAutoCommit(true);   // one row, one commit
            while (running.get()) {
                insert.setInt(1, client);
                insert.setString(2, "completion of a course by a person on a day");
                insert.executeUpdate();
                done++;
            }
        }
        return done;
    }
}
