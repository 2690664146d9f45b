package org.forecast4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forecast4j.core.kinds.ModelChoice;
import org.forecast4j.core.kinds.ModelKind;
import org.forecast4j.core.kinds.ModelKinds;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns {@code --model KIND} and the setting flags a person typed ({@code --prior-sd 1}, {@code --l2 0.1}) into a
 * {@link ModelChoice} through the registry, with usage errors that name the flag as typed.
 */
final class ModelFlags {
    private ModelFlags() {
    }

    /**
     * @param commandLine the command, for usage errors
     * @param kindName the {@code --model} value
     * @param flags each setting flag's name without dashes and the value typed, {@code null} where not given
     * @return the kind with the given settings applied to its defaults
     * @throws ParameterException naming the flag if the kind is unknown, a flag does not apply to it, or a value
     *     is out of range
     */
    static ModelChoice<?, ?> choice(CommandLine commandLine, String kindName, Map<String, Object> flags) {
        ModelKind<?, ?> kind;
        try {
            kind = ModelKinds.model(kindName);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--model: " + e.getMessage());
        }
        ModelChoice<?, ?> choice = kind.choice();
        for (Map.Entry<String, Object> flag : flags.entrySet()) {
            if (flag.getValue() == null) {
                continue;
            }
            if (!choice.accepts(flag.getKey())) {
                throw new ParameterException(commandLine, "--" + flag.getKey() + " does not apply to --model "
                        + kind.name() + " (it takes " + takes(kind) + ")");
            }
            try {
                choice = choice.with(flag.getKey(), String.valueOf(flag.getValue()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(commandLine, "--" + e.getMessage());
            }
        }
        return choice;
    }

    private static String takes(ModelKind<?, ?> kind) {
        if (kind.settings().isEmpty()) {
            return "no settings";
        }
        List<String> names = new ArrayList<>();
        kind.settings().keySet().forEach(n -> names.add("--" + n));
        return String.join(", ", names);
    }
}
