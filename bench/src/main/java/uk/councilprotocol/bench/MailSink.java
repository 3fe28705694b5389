package uk.councilprotocol.bench;

import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bench's mail server: an SMTP server (SubEthaSMTP) that accepts many connections side by side, as a
 * deployment's mail relay does, and keeps only what the figures need — how many messages each address received and
 * when each message was accepted. The local run's GreenMail delivers one message at a time (its store is
 * synchronised), so an emails-per-second figure measured against it is the mail server's, not the platform's.
 */
final class MailSink implements AutoCloseable {
    private final SMTPServer server;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final List<Long> acceptedAt = new ArrayList<>();

    private MailSink() {
        server = SMTPServer.port(0).hostName("bench-mail-sink").maxConnections(256)
                .messageHandlerFactory(context -> new Message()).build();
        server.start();
    }

    static MailSink start() {
        return new MailSink();
    }

    int port() {
        return server.getPortAllocated();
    }

    /** Messages this address has received so far. */
    int count(String address) {
        AtomicInteger count = received.get(address.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    /** A mark to read {@link #acceptedSince} from. */
    synchronized int mark() {
        return acceptedAt.size();
    }

    /** When each message accepted since the mark was accepted (System.nanoTime), in order. */
    synchronized List<Long> acceptedSince(int mark) {
        return List.copyOf(acceptedAt.subList(mark, acceptedAt.size()));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One message: its recipients are counted once the data is in, as a relay takes responsibility for it then. */
    private final class Message implements MessageHandler {
        private final List<String> recipients = new ArrayList<>();

        @Override
        public void from(String from) {
        }

        @Override
        public void recipient(String recipient) {
            recipients.add(recipient.toLowerCase(Locale.ROOT));
        }

        @Override
        public String data(InputStream data) throws IOException {
            data.transferTo(OutputStream.nullOutputStream());
            long now = System.nanoTime();
            recipients.forEach(r -> received.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet());
            synchronized (MailSink.this) {
                acceptedAt.add(now);
            }
            return null;
        }

        @Override
        public void done() {
        }
    }
}
