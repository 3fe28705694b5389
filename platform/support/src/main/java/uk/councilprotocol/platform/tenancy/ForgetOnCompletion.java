package uk.councilprotocol.platform.tenancy;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener.TransactionPhase;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Keeps a council's value that its admin changes here ({@link #keep}), and forgets it when they change it: at once, so
 * the rest of the change's own transaction reads it anew, and again when that transaction ends. In between, what was
 * kept may be the change not yet committed (read back by the change itself) or the row as it was (read by another
 * thread, a dispatcher's round); kept two seconds more, a rolled-back change would act here, or a committed one not yet.
 */
@Singleton
public class ForgetOnCompletion {
    record Forget(PerCouncil<?> kept, String council) {
    }

    private final Councils councils;
    private final ApplicationEventPublisher<Forget> ended;

    public ForgetOnCompletion(Councils councils, ApplicationEventPublisher<Forget> ended) {
        this.councils = councils;
        this.ended = ended;
    }

    /** A council's value that its admin changes through this replica ({@link PerCouncil#changed()}). */
    public <T> PerCouncil<T> keep(Supplier<T> read) {
        return new PerCouncil<>(councils, read, this);
    }

    void forgetCurrent(PerCouncil<?> kept) {
        kept.forgetCurrent();
        ended.publishEvent(new Forget(kept, councils.current()));
    }

    @TransactionalEventListener(TransactionPhase.AFTER_COMPLETION)
    void afterCompletion(Forget forget) {
        forget.kept().forget(forget.council());
    }
}
