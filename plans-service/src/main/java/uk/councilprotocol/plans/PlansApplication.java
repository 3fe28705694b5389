package uk.councilprotocol.plans;

import io.micronaut.runtime.Micronaut;

/** Action plans and the Standards Committee report (to be built). */
public final class PlansApplication {
    private PlansApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(PlansApplication.class).banner(false).start();
    }
}
