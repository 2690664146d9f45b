package org.forecast4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.internal.AtomicFiles;
import org.forecast4j.core.scoring.ScoreReport;
import org.forecast4j.core.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ForecastJsonTest {

    @TempDir
    Path dir;

    @Test
    void scoreReportJsonUsesTheDocumentedFieldNamesInOrder() {
        ScoreReport report = ScoreReport.of(new double[] {0.2, 0.7, 0.9}, new boolean[] {false, true, true},
                ScoringOptions.DEFAULTS.withBootstrapReplicates(10));
        JsonNode json = ForecastJson.mapper().readTree(ForecastJson.toPrettyJson(report));
        List<String> names = new ArrayList<>(json.propertyNames());
        assertEquals(List.of("n", "totalWeight", "baseRate", "brier", "brierInterval", "logLoss", "logLossClip",
                "murphy", "corp", "ece", "binCount", "intervalLevel", "bins"), names);
        assertEquals(List.of("reliability", "resolution", "uncertainty"),
                new ArrayList<>(json.get("murphy").propertyNames()));
        assertEquals(List.of("miscalibration", "discrimination", "uncertainty"),
                new ArrayList<>(json.get("corp").propertyNames()));
        assertEquals(List.of("lower", "upper", "count", "weight", "meanForecast", "observedRate", "observedLower",
                "observedUpper"), new ArrayList<>(json.get("bins").get(0).propertyNames()));
        assertEquals(3, json.get("n").asInt());
        assertFalse(json.get("murphy").has("reconstructedBrier"), "derived values stay out of the JSON");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"a\": 1,\n  \"b\": [1, 2,\n}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ForecastJson.readTree(file));
        assertEquals(file.toString(), e.source());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(file + " line 4: malformed JSON"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nope.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ForecastJson.readTree(file));
        assertEquals(file + ": file not found", e.getMessage());
    }

    @Test
    void atomicWriteLeavesTheTargetUntouchedOnFailure() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        AtomicFiles.writeString(dir.resolve("sub/new.txt"), "new");
        assertEquals("new", Files.readString(dir.resolve("sub/new.txt")));
        // Outputs get a new file's default permissions, not the owner-only ones of Files.createTempFile.
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (plain.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain),
                    Files.getPosixFilePermissions(dir.resolve("sub/new.txt")));
        }
    }

    @Test
    void invalidInputMessagesNameEveryKnownPart() {
        assertEquals("data.csv line 7, field 'p': value '1.3' is not a probability in [0, 1]",
                new InvalidInputException("data.csv", 7, "p", "1.3", "is not a probability in [0, 1]").getMessage());
        assertEquals("data.csv: is empty", InvalidInputException.of("data.csv", "is empty").getMessage());
    }
}
