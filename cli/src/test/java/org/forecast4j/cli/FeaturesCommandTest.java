package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesCommandTest {
    static final Path EXAMPLES = Path.of(System.getProperty("forecast4j.home", ".."), "features", "src", "test",
            "resources", "examples");

    @TempDir
    Path dir;

    private static String[] args(String events, String... more) {
        String[] base = {"features", "--questions", EXAMPLES.resolve("questions.jsonl").toString(), "--events",
            events, "--spec", EXAMPLES.resolve("spec.json").toString(), "--at", "2026-02-04"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void batchFeaturesOfTheExampleMatchHandComputedValues() {
        CliRun run = CliRun.of(args(EXAMPLES.resolve("events.jsonl").toString()));
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertEquals("question,at,fundShift,deals90,sinceDecline,disbursed,daysLeft,elapsed,market,japan", lines[0]);
        String[] trump = lines[1].split(",");
        assertEquals("potus-tokyo-2026", trump[0]);
        assertEquals("2026-02-04T00:00:00Z", trump[1]);
        // e1: credibility 0.8, occurred 2025-12-04, 62 days before; e5: 0.9, occurred 2026-02-01, 3 days before.
        assertEquals(0.8 * Math.pow(2, -62 / 30.0) + 0.9 * Math.pow(2, -3 / 30.0), Double.parseDouble(trump[2]), 1e-14);
        assertEquals(0, Double.parseDouble(trump[3]), "the deal event is about SoftBank and Crystal Land only");
        assertEquals(365, Double.parseDouble(trump[4]), "no partner-declined event about Trump or Japan");
        assertEquals(Math.log1p(2e9), Double.parseDouble(trump[5]), 1e-12, "e3, published 2026-01-22, about Japan");
        assertEquals(Math.log1p(331 - 1 / 86400.0), Double.parseDouble(trump[6]), 1e-12,
                "log1p of the days to 2026-12-31T23:59:59Z");
        assertEquals(65 / (396 - 1 / 86400.0), Double.parseDouble(trump[7]), 1e-15);
        assertEquals(Probabilities.logit(0.36), Double.parseDouble(trump[8]), 1e-15, "the 2026-01-15 price");
        assertEquals(1, Double.parseDouble(trump[9]));
        String[] crystal = lines[2].split(",");
        assertEquals(0.8 * Math.pow(2, -62 / 30.0), Double.parseDouble(crystal[2]), 1e-14, "e1 is about SoftBank");
        assertEquals(1, Double.parseDouble(crystal[3]));
        assertEquals(10, Double.parseDouble(crystal[4]), 1e-12, "e4 occurred 2026-01-25");
        assertEquals(0, Double.parseDouble(crystal[8]), 1e-15, "no price: ifNone 0.5, logit 0");
    }

    @Test
    void liveModeAndCsvEventsGiveTheSameNumbers() throws IOException {
        CliRun batch = CliRun.of(args(EXAMPLES.resolve("events.jsonl").toString()));
        CliRun live = CliRun.of(args(EXAMPLES.resolve("events.csv").toString(), "--mode", "live"));
        assertEquals(0, live.exitCode(), live.err());
        String[] a = batch.out().split("[,\n]");
        String[] b = live.out().split("[,\n]");
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            if (a[i].matches("-?[0-9.E]+")) {
                assertEquals(Double.parseDouble(a[i]), Double.parseDouble(b[i]), 1e-9);
            } else {
                assertEquals(a[i], b[i]);
            }
        }
        Path out = dir.resolve("sub/features.csv");
        CliRun written = CliRun.of(args(EXAMPLES.resolve("events.jsonl").toString(), "--out", out.toString()));
        assertEquals(0, written.exitCode(), written.err());
        assertEquals(batch.out(), Files.readString(out));
        assertTrue(written.out().contains("wrote 2 questions x 8 features"), written.out());
    }

    @Test
    void badFilesExitOneNamingFileLineFieldAndValue() throws IOException {
        Path events = dir.resolve("bad.jsonl");
        Files.writeString(events, "{\"id\":\"a\",\"type\":\"t\",\"occurred\":\"2026-01-01\"}\n"
                + "{\"id\":\"b\",\"type\":\"t\",\"occurred\":\"2026-01-02\",\"published\":\"2026-01-01\"}\n");
        CliRun run = CliRun.of(args(events.toString()));
        assertEquals(1, run.exitCode());
        assertEquals("features: error: " + events + " line 2, field 'published': value '2026-01-01T00:00:00Z' is"
                + " earlier than occurred (2026-01-02T00:00:00Z): an event cannot be published before it happens\n",
                run.err());
        assertEquals("", run.out());

        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,type,occurred,credibility\na,t,2026-01-01,1.3\n");
        run = CliRun.of(args(csv.toString()));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(csv + " line 2, field 'credibility': value '1.3' is not in [0, 1]"), run.err());

        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{\"features\": [\n {\"name\": \"x\", \"kind\": \"average\"}\n]}\n");
        run = CliRun.of("features", "--questions", EXAMPLES.resolve("questions.jsonl").toString(), "--events",
                EXAMPLES.resolve("events.jsonl").toString(), "--spec", spec.toString(), "--at", "2026-02-04");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(spec + " line 2, field 'features[0].kind': value 'average' is not a feature"
                + " kind"), run.err());

        run = CliRun.of(args(dir.resolve("missing.jsonl").toString()));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().endsWith("missing.jsonl: file not found\n"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun time = CliRun.of("features", "--questions", "q", "--events", "e", "--spec", "s", "--at", "soon");
        assertEquals(2, time.exitCode());
        assertTrue(time.err().contains("'soon' is not an ISO-8601 instant"), time.err());
        CliRun mode = CliRun.of(args(EXAMPLES.resolve("events.jsonl").toString(), "--mode", "stream"));
        assertEquals(2, mode.exitCode());
        assertTrue(mode.err().contains("--mode"), mode.err());
        CliRun missing = CliRun.of("features", "--questions", "q");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("Missing required options"), missing.err());
    }
}
