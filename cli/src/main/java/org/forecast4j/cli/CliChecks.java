package org.forecast4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.core.internal.AtomicFiles;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.core.trading.KellyOptions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks of options the commands share, before any work, with usage errors that name the option as typed. */
final class CliChecks {
    private CliChecks() {
    }

    /**
     * @return the scoring options of {@code --bins}, {@code --bootstrap}, {@code --level} and {@code --seed}
     * @throws ParameterException naming the option whose value is out of range
     */
    static ScoringOptions scoring(CommandLine commandLine, int bins, int bootstrap, double level, long seed) {
        if (bins < 1 || bins > ScoringOptions.MAX_BINS) {
            throw new ParameterException(commandLine, "--bins must be in 1.." + ScoringOptions.MAX_BINS
                    + " (equal-width reliability bins), got " + bins);
        }
        if (bootstrap < 0 || bootstrap > ScoringOptions.MAX_BOOTSTRAP_REPLICATES) {
            throw new ParameterException(commandLine, "--bootstrap must be in 0.."
                    + ScoringOptions.MAX_BOOTSTRAP_REPLICATES + " resamples (0: no intervals), got " + bootstrap);
        }
        if (!(level > 0 && level < 1)) {
            throw new ParameterException(commandLine, "--level must be in (0, 1), e.g. 0.9, got " + level);
        }
        return new ScoringOptions(bins, bootstrap, level, seed);
    }

    /**
     * Checks that an output folder can be written, before the work that fills it: creates it (and any missing
     * parents) and a temporary file in it, then deletes the file and the folders it created.
     *
     * @param option the option as typed, e.g. {@code --out}
     * @param dir the folder
     * @throws ParameterException naming the option, the folder and the reason
     */
    static void writableFolder(CommandLine commandLine, String option, Path dir) {
        try {
            Path absolute = dir.toAbsolutePath();
            Path firstMissing = null;
            for (Path p = absolute; p != null && Files.notExists(p); p = p.getParent()) {
                firstMissing = p;
            }
            Files.createDirectories(dir);
            Files.deleteIfExists(AtomicFiles.temporarySibling(dir.resolve("probe")));
            // Leave no empty folder behind if the work fails: the writers create it again when they write.
            for (Path p = absolute; firstMissing != null && p != null && p.startsWith(firstMissing);
                    p = p.getParent()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.FileSystemException f ? AtomicFiles.reason(f)
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new ParameterException(commandLine, option + ": cannot write to " + dir + " (" + reason + ")");
        }
    }

    /**
     * @param feeOption the fee option as typed, e.g. {@code --fee}
     * @param fee its value
     * @param fractionOption the fractional-Kelly option as typed, e.g. {@code --kelly-fraction}
     * @param fraction its value
     * @return the Kelly options
     * @throws ParameterException naming the option whose value is out of range
     */
    static KellyOptions kelly(CommandLine commandLine, String feeOption, double fee, String fractionOption,
            double fraction) {
        if (!(fee >= 0 && fee < 1)) {
            throw new ParameterException(commandLine, feeOption + " must be in [0, 1) per contract paying 1, got "
                    + fee);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new ParameterException(commandLine, fractionOption + " must be in (0, 1] (1: full Kelly), got "
                    + fraction);
        }
        return KellyOptions.builder().fee(fee).fraction(fraction).build();
    }
}
