package uk.councilprotocol.enquiries.watch;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.councilprotocol.contracts.enquiries.v1.AssignmentChange;
import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAssigned;
import uk.councilprotocol.enquiries.hub.EnquiryView;
import uk.councilprotocol.enquiries.hub.EnquiryViews;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.platform.events.MessagingConfiguration;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Tells a department's system of its enquiries as they change: the service's own event stream (enquiries.events.v1,
 * ordered per enquiry, kept by Kafka) read from the caller's cursor, each event of the caller's council about an
 * enquiry the caller handles answered with that enquiry as it is now; one passed from the caller's department (or the
 * caller) to another, with its reference only. The cursor is each partition's next offset, so a
 * watch resumed with the last cursor it was given misses nothing and repeats nothing. One Kafka consumer per watch,
 * with no consumer group (nothing is committed; the client keeps its cursor); at most {@code enquiries.watch.max}
 * watches at once on a replica.
 */
@Singleton
public class AssignmentWatch {
    private static final String ASSIGNED = "assigned";
    private static final String UNASSIGNED = "unassigned";
    /** The events that change an enquiry a department handles, by their protobuf name, and what the watcher is told. */
    private static final Map<String, String> CHANGES = Map.of(
            "councilprotocol.enquiries.v1.EnquiryLogged", "logged",
            "councilprotocol.enquiries.v1.EnquiryAssigned", ASSIGNED,
            "councilprotocol.enquiries.v1.EnquiryResponded", "responded",
            "councilprotocol.enquiries.v1.HoldingReplyRecorded", "holding-reply",
            "councilprotocol.enquiries.v1.AlternativeDeadlineAgreed", "deadline-agreed",
            "councilprotocol.enquiries.v1.EnquiryReclassified", "reclassified",
            "councilprotocol.enquiries.v1.EnquiryReopened", "reopened",
            "councilprotocol.enquiries.v1.EnquiryEscalated", "escalated");
    private static final Duration POLL = Duration.ofMillis(250);

    private final EnquiryViews views;
    private final Councils councils;
    private final MessagingConfiguration messaging;
    private final String topic;
    private final Semaphore watches;

    public AssignmentWatch(EnquiryViews views, Councils councils, MessagingConfiguration messaging, Outbox outbox,
                           @Value("${enquiries.watch.max:32}") int max) {
        this.views = views;
        this.councils = councils;
        this.messaging = messaging;
        this.topic = outbox.topic();
        this.watches = new Semaphore(max);
    }

    /**
     * Streams the caller's changes until the client goes away; runs on the call's own thread (the call's gRPC
     * context is cancelled at once when the client cancels, which ends the loop), in the caller's council.
     *
     * @param render the enquiry as the API answers it
     */
    public void watch(Caller caller, String source, String cursorText, ServerCallStreamObserver<AssignmentChange> out,
                      Function<EnquiryView, Enquiry> render) {
        if (!(caller.hasAny(Roles.HUB, Roles.ADMIN) || !caller.departments().isEmpty())) {
            throw Status.PERMISSION_DENIED.withDescription("only a department's officers and systems, and the Hub, watch assignments")
                    .asRuntimeException();
        }
        Optional<Cursor> from = Cursor.parse(cursorText);   // a bad cursor names the field before anything starts
        String council = councils.current();
        out.setOnCancelHandler(() -> { });   // a client gone mid-send: what was being sent is dropped, not thrown
        if (!watches.tryAcquire()) {
            throw Status.RESOURCE_EXHAUSTED.withDescription("too many watches on this replica; try again shortly").asRuntimeException();
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            // before the service's first event there is no stream yet: everything from its first event on
            Cursor cursor = partitions.isEmpty() ? from.orElse(Cursor.EMPTY.at(0, 0)) : start(consumer, partitions, from);
            out.onNext(AssignmentChange.newBuilder().setCursor(cursor.toString()).setChange("watching").build());
            Context call = Context.current();
            while (!call.isCancelled()) {
                if (partitions.isEmpty()) {
                    Thread.sleep(POLL.toMillis());
                    partitions = partitions(consumer);
                    if (!partitions.isEmpty()) {
                        cursor = start(consumer, partitions, Optional.of(cursor));
                    }
                    continue;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    cursor = cursor.after(record.partition(), record.offset());
                    String change = CHANGES.get(CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE));
                    if (change == null || record.key() == null
                            || !council.equals(CloudEventHeaders.get(record.headers(), CloudEventHeaders.COUNCIL))) {
                        continue;
                    }
                    Optional<EnquiryView> handled = Councils.callAs(council, () -> views.findHandled(record.key(), caller, source));
                    if (handled.isPresent()) {
                        out.onNext(AssignmentChange.newBuilder().setCursor(cursor.toString()).setChange(change)
                                .setReference(record.key()).setEnquiry(render.apply(handled.get())).build());
                    } else if (change.equals(ASSIGNED) && hadIt(caller, record.value())) {
                        // it was passed on: the system drops it from its queue; what it is now is not the caller's to read
                        out.onNext(AssignmentChange.newBuilder().setCursor(cursor.toString()).setChange(UNASSIGNED)
                                .setReference(record.key()).build());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // the server is stopping
        } finally {
            watches.release();
        }
    }

    /** Whether the caller's department, or the caller, had the enquiry just before this assignment moved it. */
    private static boolean hadIt(Caller caller, byte[] payload) {
        try {
            EnquiryAssigned assigned = EnquiryAssigned.parseFrom(payload);
            return assigned.getDepartmentsBeforeList().stream().anyMatch(caller::actsFor)
                    || assigned.getOfficerIdsBeforeList().stream().anyMatch(caller::is);
        } catch (InvalidProtocolBufferException e) {
            return false;   // not ours to judge: the stream's writer is this service, so this is not expected
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** From the cursor's offsets, or from the end: now. */
    private static Cursor start(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions, Optional<Cursor> from) {
        consumer.assign(partitions);
        if (from.isEmpty()) {
            consumer.seekToEnd(partitions);
        } else {
            Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> next = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                Long offset = from.get().offsets().get(partition.partition());
                // a partition the cursor does not name is read from its start; an offset before the log's start (past
                // retention) from the start, one past its end (not a cursor this stream gave) from the end
                long at = offset == null ? first.get(partition) : Math.max(first.get(partition), Math.min(offset, next.get(partition)));
                consumer.seek(partition, at);
            }
        }
        Cursor cursor = Cursor.EMPTY;
        for (TopicPartition partition : partitions) {
            cursor = cursor.at(partition.partition(), consumer.position(partition));
        }
        return cursor;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, messaging.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "enquiries-watch");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");   // the stream is the outbox relay's to create
        messaging.applyClientSettings(props);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
