package uk.councilprotocol.testkit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Found by ServiceLoader: stops the shared Kafka, PostgreSQL and SMTP servers once every test has run. */
public class TestSessionEnd implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestInfrastructure.stopShared();
    }
}
