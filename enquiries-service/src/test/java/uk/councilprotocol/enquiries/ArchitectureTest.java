package uk.councilprotocol.enquiries;

import uk.councilprotocol.testkit.ServiceArchitectureContract;

class ArchitectureTest extends ServiceArchitectureContract {

    @Override
    protected String basePackage() {
        return "uk.councilprotocol.enquiries";
    }
}
