package org.forecast4j.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.forecast4j.backtest.Backtest;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.ForecastSchedule;
import org.forecast4j.backtest.RefitSchedule;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The backtest's {@code report.html} in a real browser: headless Chromium (Debian's package, which
 * {@code .ci/install-chromium.sh} installs) lays out the README example's report, a script measures every table,
 * image and chart, and a full-page screenshot is taken ({@code backtest/target/report-screenshot.png}; README's
 * {@code docs/backtest-report.png} is a copy). Every figure and table must be present and rendered, lie within
 * the page's width, and every mark and label of the SVG chart within its drawing area. Skipped, saying why, where
 * no Chromium is installed.
 */
class ReportInBrowserTest {
    private static final int WIDTH = 1000;
    private static final Path EXAMPLE = Path.of(System.getProperty("forecast4j.home", ".."), "backtest", "src", "test",
            "resources", "backtest", "example");

    /** Runs in the page once it has loaded; writes what it measured as JSON into a pre element. */
    private static final String CHECK = """
            <script>
            window.addEventListener('load', function () {
              var vw = document.documentElement.clientWidth, out = {viewport: vw,
                scrollWidth: document.documentElement.scrollWidth,
                height: document.documentElement.scrollHeight, problems: [], tables: 0, images: 0, charts: 0};
              function within(el, what) {
                var r = el.getBoundingClientRect();
                if (r.width <= 0 || r.height <= 0) out.problems.push(what + ' has no size');
                if (r.left < 0 || r.right > vw + 0.5) out.problems.push(what + ' spans x ' + r.left + ' to '
                    + r.right + ', outside the page width ' + vw);
              }
              document.querySelectorAll('table').forEach(function (t, i) {
                out.tables++; within(t, 'table ' + (i + 1));
                t.querySelectorAll('td,th').forEach(function (c) {
                  if (c.scrollWidth > c.clientWidth + 1) out.problems.push('a cell of table ' + (i + 1)
                      + ' is cut off: ' + c.textContent);
                });
              });
              document.querySelectorAll('img').forEach(function (img, i) {
                out.images++; within(img, 'image ' + (i + 1));
                if (!img.complete || img.naturalWidth === 0) out.problems.push('image ' + (i + 1) + ' did not load');
                var r = img.getBoundingClientRect();
                if (Math.abs(r.width / r.height - img.naturalWidth / img.naturalHeight) > 0.01)
                  out.problems.push('image ' + (i + 1) + ' is distorted');
              });
              document.querySelectorAll('body > svg, svg:not(svg svg)').forEach(function (svg, i) {
                out.charts++; within(svg, 'chart ' + (i + 1));
                var box = svg.getBoundingClientRect();
                svg.querySelectorAll('line,polyline,path,rect,circle,text').forEach(function (m) {
                  var r = m.getBoundingClientRect();
                  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5
                      || r.bottom > box.bottom + 0.5)
                    out.problems.push('chart ' + (i + 1) + ': a ' + m.tagName + ' is cut off ('
                        + (m.textContent || '').trim() + ')');
                });
              });
              if (out.scrollWidth > vw) out.problems.push('the page scrolls sideways: ' + out.scrollWidth + ' > ' + vw);
              var pre = document.createElement('pre');
              pre.id = 'forecast4j-check';
              pre.textContent = JSON.stringify(out);
              document.body.appendChild(pre);
            });
            </script>
            """;

    @TempDir
    Path dir;

    @Test
    void everyFigureAndTableIsShownWhole() throws Exception {
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "no Chromium (Debian package 'chromium'): .ci/install-chromium.sh"
                + " installs it; the browser test of report.html is skipped");

        BacktestConfig config = BacktestConfig.DEFAULTS.withSchedule(ForecastSchedule.every("7d"))
                .withRefit(RefitSchedule.every("30d")).withMinTrain(10);
        BacktestResult result = Backtest.run(config, QuestionReader.read(EXAMPLE.resolve("questions.jsonl")),
                EventReader.readLog(EXAMPLE.resolve("events.jsonl")), FeatureSpec.read(EXAMPLE.resolve("spec.json")));
        Path out = dir.resolve("report");
        BacktestReport.write(result, out);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);

        Path checked = out.resolve("checked.html");
        Files.writeString(checked, html.replace("</body>", CHECK + "</body>"), StandardCharsets.UTF_8);
        String dom = run(chromium, "--window-size=" + WIDTH + ",800", "--virtual-time-budget=5000", "--dump-dom",
                checked.toUri().toString());
        Matcher m = Pattern.compile("<pre id=\"forecast4j-check\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        if (!m.find()) {
            fail("the check script wrote nothing; Chromium printed:\n" + dom);
        }
        JsonNode check = ForecastJson.mapper().readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&"));
        assertEquals(count(html, "<table"), check.get("tables").asInt(), "every table of report.html is in the page");
        assertEquals(1, check.get("images").asInt(), "the reliability diagram");
        assertEquals(1, check.get("charts").asInt(), "the Brier score over time");
        assertTrue(count(html, "<table") >= 3, html);
        List<String> problems = new ArrayList<>();
        check.get("problems").forEach(p -> problems.add(p.asString()));
        assertEquals(List.of(), problems, "nothing is cut off");

        int height = check.get("height").asInt();
        Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        run(chromium, "--window-size=" + WIDTH + "," + height, "--hide-scrollbars", "--screenshot=" + screenshot,
                out.resolve("report.html").toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(height, image.getHeight(), "the whole page, in one screenshot");
        assertTrue(inkShare(image) > 0.02, "the screenshot shows the page: " + inkShare(image));
    }

    /** @return the Chromium executable: -Dforecast4j.chromium, else chromium on the PATH, or null */
    private static Path chromium() {
        String configured = System.getProperty("forecast4j.chromium");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(entry, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile")));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "chromium", ".log");
        Path stdout = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in 120 s: " + command);
        }
        if (p.exitValue() != 0) {
            fail("Chromium exited with " + p.exitValue() + ": " + command + "\n" + Files.readString(log));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** The share of pixels that are not near-white. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    ink++;
                }
            }
        }
        return ink / (double) ((image.getHeight() + 1) / 2 * ((image.getWidth() + 1) / 2));
    }
}
