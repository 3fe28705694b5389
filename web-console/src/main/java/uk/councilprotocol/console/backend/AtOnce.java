package uk.councilprotocol.console.backend;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * A page's calls to the services made at once, so the page takes as long as the slowest rather than all of them in
 * turn (bench/console.sh); each call's failure comes back as the call itself would have thrown it, so a refusal still
 * shows its page.
 */
public final class AtOnce {
    private AtOnce() {
    }

    public static <T> CompletableFuture<T> call(Supplier<T> call, ExecutorService blocking) {
        return CompletableFuture.supplyAsync(call, blocking);
    }

    public static <T> T answer(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
