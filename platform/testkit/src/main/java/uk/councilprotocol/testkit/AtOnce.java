package uk.councilprotocol.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Calls made at the same moment, each on a thread of its own: how a test meets two callers racing for one thing. */
public final class AtOnce {
    private AtOnce() {
    }

    /**
     * Makes {@code calls} calls, number 0 to {@code calls - 1}, released together once every thread is ready, and
     * gives each one's answer in call order — or the runtime exception it threw, so one refusal does not hide the rest.
     */
    public static List<Object> call(int calls, IntFunction<?> call) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(calls);
        CyclicBarrier together = new CyclicBarrier(calls);
        try {
            List<Future<Object>> pending = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int number = i;
                Callable<Object> one = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        return call.apply(number);
                    } catch (RuntimeException e) {
                        return e;
                    }
                };
                pending.add(callers.submit(one));
            }
            List<Object> answers = new ArrayList<>();
            for (Future<Object> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }
}
