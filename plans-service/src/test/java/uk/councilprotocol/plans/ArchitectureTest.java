package uk.councilprotocol.plans;

import uk.councilprotocol.testkit.ServiceArchitectureContract;

class ArchitectureTest extends ServiceArchitectureContract {

    @Override
    protected String basePackage() {
        return "uk.councilprotocol.plans";
    }
}
