package uk.councilprotocol.testkit.dateguard;

import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** The date guard (the root pom's profile date-guard): the business-date tests on the Sunday the clocks go forward, a minute before 01:00 GMT (a weekend day). */
@Suite
@SuiteDisplayName("28 March 2027, 00:59:30 GMT")
@IncludeEngines("junit-jupiter")
@SelectPackages("uk.councilprotocol")
@IncludeTags("business-date")
public class ClocksGoForward {
    @BeforeSuite
    static void pin() {
        PinnedDay.pin("2027-03-28T00:59:30Z");
    }

    @AfterSuite
    static void unpin() {
        PinnedDay.unpin();
    }
}
