package uk.councilprotocol.platform.grpc;

import io.grpc.ServerBuilder;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a service's gRPC calls run on: a fixed number ({@code grpc.server.threads}, 16 unless set), a call
 * beyond them waiting its turn. Micronaut hands a gRPC server its I/O executor, a cached pool that starts a thread for
 * each call in flight and keeps it a minute: the bench's 32 calls in flight left training-service with 77 threads. A
 * service's database pool has 10 connections, so threads past a few more than that only wait.
 */
@Singleton
public class GrpcCallThreads implements BeanCreatedEventListener<ServerBuilder<?>> {
    public static final String NAME = "grpc-call-";

    private final ThreadPoolExecutor threads;

    public GrpcCallThreads(@Value("${grpc.server.threads:16}") int count) {
        AtomicInteger made = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(count, count, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), call -> {
            Thread thread = new Thread(call, NAME + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        threads.allowCoreThreadTimeOut(true);   // an idle service keeps none
    }

    @Override
    public ServerBuilder<?> onCreated(BeanCreatedEvent<ServerBuilder<?>> event) {
        return event.getBean().executor(threads);
    }

    /** As the service stops: the calls already queued are finished, for up to 5 s. */
    @PreDestroy
    void stop() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
