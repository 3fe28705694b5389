package uk.councilprotocol.notifications.voice;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.platform.tenancy.Councils;

import java.sql.Connection;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * This replica keeps each council's voice for two seconds; an admin's change to the sending hours holds on it as soon
 * as the change commits, and a change rolled back never holds — whatever was read and kept while it was being written.
 */
@MicronautTest(transactional = false)
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class VoiceChangeCommitTest {
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final VoiceChoice OPENS_AT_TEN = new VoiceChoice(null, null, null, null, null, null, "10:00", "16:00");

    @Inject
    VoiceChoices choices;
    @Inject
    CouncilVoices voices;
    @Inject
    TransactionOperations<Connection> transactions;

    final Caller admin = Caller.system("glen-admin", Set.of(Roles.ADMIN));
    /** Another thread of the replica, as the dispatcher's rounds are. */
    final ExecutorService dispatcher = Executors.newSingleThreadExecutor();

    LocalTime opensAsTheDispatcherSeesIt() throws Exception {
        return dispatcher.submit(() -> Councils.callAs("glenmoor", () -> voices.current().sendOpens())).get();
    }

    @AfterEach
    void platformsHoursAgain() {
        Councils.runAs("glenmoor", () -> choices.choose(null, admin));
        dispatcher.shutdownNow();
    }

    @Test
    void hoursChangedInATransactionThatRollsBackAreNotKept() throws Exception {
        assertThatThrownBy(() -> Councils.runAs("glenmoor", () -> transactions.executeWrite(status -> {
            choices.choose(OPENS_AT_TEN, admin);   // it reads its change back, and this replica keeps what it read
            throw new IllegalStateException("what came next in the same transaction failed");
        }))).hasMessageContaining("came next");
        assertThat(opensAsTheDispatcherSeesIt()).as("never committed, so never the hours here").isNotEqualTo(TEN);
    }

    @Test
    void hoursChangedHoldAtOnceWhenTheChangeCommits() throws Exception {
        Councils.runAs("glenmoor", () -> choices.choose(OPENS_AT_TEN, admin));
        assertThat(opensAsTheDispatcherSeesIt()).isEqualTo(TEN);
    }
}
