package uk.councilprotocol.testkit.dateguard;

import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** The date guard (the root pom's profile date-guard): the business-date tests on the last afternoon of the year. */
@Suite
@SuiteDisplayName("New Year's Eve 2026, 16:30")
@IncludeEngines("junit-jupiter")
@SelectPackages("uk.councilprotocol")
@IncludeTags("business-date")
public class NewYearsEve {
    @BeforeSuite
    static void pin() {
        PinnedDay.pin("2026-12-31T16:30:00Z");
    }

    @AfterSuite
    static void unpin() {
        PinnedDay.unpin();
    }
}
