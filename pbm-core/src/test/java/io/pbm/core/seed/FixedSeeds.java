package io.pbm.core.seed;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property one fixed seed when the system property {@value #SEED} is set, so that a
 * mutation run ({@code -Pmutation}) sees the same generated values for every mutant and its score does
 * not flicker between runs. Without the system property, properties keep jqwik's random seeds: the
 * normal build should keep looking for new counter-examples.
 *
 * <p>Registered for all test modules through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}
 * in pbm-core's test-jar; a property with its own {@code @Property(seed = …)} keeps it.
 */
public final class FixedSeeds implements AroundPropertyHook {

    /** The system property holding the seed for every property. */
    public static final String SEED = "pbm.jqwik.seed";

    /** Creates the hook; jqwik's service loader calls this. */
    public FixedSeeds() {
        // A hook keeps no state: one instance serves every property.
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return System.getProperty(SEED) != null;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty(SEED);
        if (seed != null && context.attributes().seed().isEmpty()) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }
}
