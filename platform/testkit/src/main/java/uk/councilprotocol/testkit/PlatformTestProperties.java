package uk.councilprotocol.testkit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.test.support.TestPropertyProviderFactory;

import java.util.Map;
import java.util.HashMap;

/** Found by ServiceLoader: points every {@code @MicronautTest} at the shared real servers, in a scope of its own. */
public class PlatformTestProperties implements TestPropertyProviderFactory {

    @Override
    public TestPropertyProvider create(Map<String, Object> availableProperties, Class<?> testClass) {
        // A test's own @Property settings win over the shared defaults.
        return () -> {
            Map<String, String> properties = new HashMap<>(TestScope.of(testClass).serviceProperties());
            for (Property property : testClass.getAnnotationsByType(Property.class)) {
                properties.remove(property.name());
            }
            return properties;
        };
    }
}
