package uk.councilprotocol.testkit.dateguard;

import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** The date guard (the root pom's profile date-guard): the business-date tests on Christmas Day, a bank holiday followed by a weekend and a substitute bank holiday. */
@Suite
@SuiteDisplayName("Christmas Day 2026")
@IncludeEngines("junit-jupiter")
@SelectPackages("uk.councilprotocol")
@IncludeTags("business-date")
public class ChristmasDay {
    @BeforeSuite
    static void pin() {
        PinnedDay.pin("2026-12-25T10:00:00Z");
    }

    @AfterSuite
    static void unpin() {
        PinnedDay.unpin();
    }
}
