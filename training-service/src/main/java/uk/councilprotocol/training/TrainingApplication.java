package uk.councilprotocol.training;

import io.micronaut.runtime.Micronaut;

/** HR's mandatory-training service: who must do what by when, and who has done it. */
public final class TrainingApplication {
    private TrainingApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(TrainingApplication.class).banner(false).start();
    }
}
