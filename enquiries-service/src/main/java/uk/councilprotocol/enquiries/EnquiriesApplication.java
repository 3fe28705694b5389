package uk.councilprotocol.enquiries;

import io.micronaut.runtime.Micronaut;

/** Councillor enquiries: logging, routing, the 10-working-day deadline (to be built). */
public final class EnquiriesApplication {
    private EnquiriesApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(EnquiriesApplication.class).banner(false).start();
    }
}
