package uk.councilprotocol.testkit;

import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.test.support.TestPropertyProviderFactory;

import java.util.Map;

/** Found by ServiceLoader: points every {@code @MicronautTest} at the shared real servers, in a scope of its own. */
public class PlatformTestProperties implements TestPropertyProviderFactory {

    @Override
    public TestPropertyProvider create(Map<String, Object> availableProperties, Class<?> testClass) {
        return () -> TestScope.of(testClass).serviceProperties();
    }
}
