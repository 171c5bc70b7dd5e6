package io.pbm.examples;

import io.pbm.rules.policy.Policy;
import picocli.CommandLine.Option;

/** The {@code --policy} option of the commands that run under one policy (a picocli mixin). */
final class PolicyOption {

    @Option(names = "--policy", required = true, paramLabel = "mof-2020|xinjiang|FILE",
            description = "A preset (mof-2020, xinjiang) or a pbm-policy/1 file.")
    private String name;

    /**
     * The policy named.
     *
     * @param command  the command, which reads presets and files alike
     * @return the policy
     */
    Policy resolve(CliCommand command) {
        return command.policy("--policy", name);
    }
}
