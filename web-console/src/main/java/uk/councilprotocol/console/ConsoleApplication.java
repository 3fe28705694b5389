package uk.councilprotocol.console;

import io.micronaut.runtime.Micronaut;

/** The web console: pages for the people the platform serves, drawn from the four services over gRPC. */
public class ConsoleApplication {
    public static void main(String[] args) {
        Micronaut.run(ConsoleApplication.class, args);
    }
}
