package io.pbm.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.rules.policy.ExAntePolicy;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.PlanningPolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.policy.VetoPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Writing then reading gives the same policy, for any policy; and the files hold every parameter there is. */
class PolicyFileProperties {

    @Property
    void writeThenReadIsTheSamePolicy(@ForAll long seed) {
        Policy policy = new RandomPolicies(seed).next();
        assertEquals(policy, PolicyFile.parse(PolicyFile.toJson(policy)));
    }

    @Property
    void writeAgainstAPresetThenReadIsTheSamePolicy(@ForAll long seed) {
        Policy policy = new RandomPolicies(seed).next();
        for (Policy preset : Presets.all()) {
            assertEquals(policy, PolicyFile.parse(PolicyFile.toJson(policy, preset)));
        }
    }

    @Test
    void aFileHoldsEveryParameterOfAPolicy() {
        List<String> written = new ArrayList<>(List.of("name", "version"));
        written.addAll(PolicyWriting.parameterNames());
        assertEquals(new ArrayList<>(Presets.MOF_2020.parameters().keySet()), written);
        assertEquals(attributes("ImmutablePolicy"), new TreeSet<>(written));
    }

    @Test
    void aFileHoldsEveryParameterOfEachSubPolicy() {
        String json = PolicyFile.toJson(Presets.XINJIANG);
        assertEquals(attributes("ImmutableVetoPolicy"), keysOf(json, "vetoes"));
        assertEquals(attributes("ImmutableLinkagePolicy"), keysOf(json, "linkage"));
        assertEquals(attributes("ImmutableExAntePolicy"), keysOf(json, "exAnte"));
        assertEquals(attributes("ImmutableMonitoringPolicy"), keysOf(json, "monitoring"));
        assertEquals(attributes("ImmutablePlanningPolicy"), keysOf(json, "planning"));
        // The classes named above are the sub-policies the policy has.
        assertEquals(Set.of(VetoPolicy.class, LinkagePolicy.class, ExAntePolicy.class, MonitoringPolicy.class,
                PlanningPolicy.class), Arrays.stream(Policy.class.getDeclaredMethods())
                .map(java.lang.reflect.Method::getReturnType).filter(t -> t.getSimpleName().endsWith("Policy")
                        && t != Policy.class).collect(java.util.stream.Collectors.toSet()));
    }

    /** The attributes of an Immutables value: the instance fields of its generated class. */
    private static Set<String> attributes(String generated) {
        try {
            Class<?> type = Class.forName("io.pbm.rules.policy." + generated);
            Set<String> names = new TreeSet<>();
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    names.add(field.getName());
                }
            }
            return names;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The member names of one top-level object of a written file (the writer puts one member a line). */
    private static Set<String> keysOf(String json, String object) {
        int start = json.indexOf("\n  \"" + object + "\": {");
        int end = json.indexOf("\n  }", start);
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("\n    \"([A-Za-z]+)\":").matcher(json.substring(start, end));
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return new TreeSet<>(keys);
    }
}
