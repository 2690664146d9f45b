package org.forecast4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code examples/notebooks/seed-scenario.ipynb}: committed without outputs, holding every line of
 * {@code seed-scenario.jsh}, and run headless by Jupyter ({@code jupyter nbconvert --execute}) on the kernel
 * {@code forecast4j-java} that {@code .ci/install-jupyter.sh} installs. The run uses this checkout's kernel launcher
 * and this test's class path (the built modules), through a kernelspec of its own; it is skipped, naming the
 * script, where Jupyter or the kernel is not installed.
 */
class JupyterNotebookTest {
    private static final Path HOME = Path.of(System.getProperty("forecast4j.home", "..")).toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = HOME.resolve("examples/notebooks");
    private static final Path NOTEBOOK = NOTEBOOKS.resolve("seed-scenario.ipynb");
    private static final String KERNEL = "forecast4j-java";
    /** Seconds for the kernel to answer at start (it takes 1 to 3), and how often to start it. */
    private static final int STARTUP_TIMEOUT = 30;
    private static final int ATTEMPTS = 3;
    private static final String INSTALL = "run `bash .ci/install-jupyter.sh` (as root it installs Debian's Jupyter;"
            + " the kernel comes from Maven Central)";

    @TempDir
    Path dir;

    @Test
    void committedNotebookHasNoOutputsAndEveryLineOfTheScript() throws IOException {
        JsonNode nb = ForecastJson.mapper().readTree(Files.readString(NOTEBOOK, StandardCharsets.UTF_8));
        assertEquals(KERNEL, nb.get("metadata").get("kernelspec").get("name").asString());
        List<String> code = new ArrayList<>();
        for (JsonNode cell : nb.get("cells")) {
            if (cell.get("cell_type").asString().equals("code")) {
                assertEquals(0, cell.get("outputs").size(), "committed without outputs: " + text(cell.get("source")));
                assertTrue(cell.get("execution_count").isNull(), text(cell.get("source")));
                code.addAll(text(cell.get("source")).lines().collect(Collectors.toList()));
            }
        }
        List<String> script = Files.readString(NOTEBOOKS.resolve("seed-scenario.jsh"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("//")).collect(Collectors.toList());
        int at = 0;
        for (String line : script) {
            int found = code.subList(at, code.size()).indexOf(line);
            assertTrue(found >= 0, "seed-scenario.ipynb lacks, in order, this line of seed-scenario.jsh: " + line);
            at += found + 1;
        }
    }

    @Test
    void notebookRunsHeadlessWithTheForecastsAndThePlotInline() throws Exception {
        Assumptions.assumeTrue(runs("jupyter", "nbconvert", "--version"),
                "JupyterNotebookTest skipped: Jupyter (jupyter nbconvert) is not installed; " + INSTALL);
        Path kernelJar = installedKernelJar();
        Assumptions.assumeTrue(kernelJar != null,
                "JupyterNotebookTest skipped: the Jupyter kernel '" + KERNEL + "' is not installed; " + INSTALL);

        // A kernelspec of the test's own, first on JUPYTER_PATH: this checkout's launcher, the installed kernel jar.
        Path spec = Files.createDirectories(dir.resolve("jupyter/kernels").resolve(KERNEL));
        Map<String, Object> kernelJson = Map.of("argv", List.of("bash",
                        NOTEBOOKS.resolve("jupyter-kernel.sh").toString(), kernelJar.toString(), "{connection_file}"),
                "display_name", "Java (forecast4j, test)", "language", "java", "interrupt_mode", "message");
        Files.writeString(spec.resolve("kernel.json"), ForecastJson.mapper().writeValueAsString(kernelJson));

        Path out = dir.resolve("out");
        Path log = dir.resolve("nbconvert.log");
        ProcessBuilder pb = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=180", "--ExecutePreprocessor.startup_timeout=" + STARTUP_TIMEOUT,
                "--output-dir", out.toString(), "--output", "executed.ipynb", NOTEBOOK.toString())
                .directory(NOTEBOOKS.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("JUPYTER_PATH", dir.resolve("jupyter").toString());
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(dir.resolve("runtime")).toString());
        env.put("JUPYTER_CONFIG_DIR", Files.createDirectories(dir.resolve("config")).toString());
        env.put("FORECAST4J_HOME", HOME.toString());
        // The built modules, as this test sees them (no build from inside the build).
        env.put("FORECAST4J_CLASSPATH", System.getProperty("java.class.path"));
        env.put("FORECAST_JAVA_OPTS", "-Djava.io.tmpdir=" + dir);
        String logText = "";
        int exit = -1;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long start = System.nanoTime();
            Process p = pb.start();
            assertTrue(p.waitFor(6, TimeUnit.MINUTES), "nbconvert did not finish in 6 minutes");
            logText = Files.readString(log, StandardCharsets.UTF_8);
            exit = p.exitValue();
            System.out.printf("seed-scenario.ipynb, attempt %d: exit %d in %.1f s%n", attempt, exit,
                    (System.nanoTime() - start) / 1e9);
            // rapaio-jupyter-kernel 3.0.1 can lose a start-up race (LoopThread sets 'running' after Thread.start(),
            // so a loop may see false and end): its shell then never answers. Only that failure is retried.
            if (exit == 0 || !logText.contains("Kernel didn't respond")) {
                break;
            }
        }
        assertEquals(0, exit, "jupyter nbconvert --execute failed:\n" + logText);

        JsonNode nb = ForecastJson.mapper().readTree(Files.readString(out.resolve("executed.ipynb"),
                StandardCharsets.UTF_8));
        StringBuilder stdout = new StringBuilder();
        List<byte[]> pngs = new ArrayList<>();
        int codeCells = 0;
        for (JsonNode cell : nb.get("cells")) {
            if (!cell.get("cell_type").asString().equals("code")) {
                continue;
            }
            codeCells++;
            assertFalse(cell.get("execution_count").isNull(), "not run: " + text(cell.get("source")));
            for (JsonNode output : cell.get("outputs")) {
                String type = output.get("output_type").asString();
                assertFalse(type.equals("error"), "error output in " + text(cell.get("source")) + ": " + output);
                if (type.equals("stream")) {
                    assertEquals("stdout", output.get("name").asString(), "stderr output: " + output);
                    stdout.append(text(output.get("text")));
                } else if (output.has("data") && output.get("data").has("image/png")) {
                    pngs.add(Base64.getMimeDecoder().decode(text(output.get("data").get("image/png"))));
                }
            }
        }
        assertTrue(codeCells >= 10, "code cells: " + codeCells);
        String text = stdout.toString();
        // The same numbers as seed-scenario.jsh prints (NotebooksTest in cli).
        assertTrue(text.contains("potus-tokyo-2026              47.2%"), text);
        assertTrue(text.contains("Tokyo: base -0.7989 + contributions = -0.1139 = log-odds; P(YES) = 0.4715"), text);
        assertTrue(text.contains("crystal-land: one new funds-disbursed event -> 95.5%"), text);
        assertTrue(text.contains("wrote ") && text.contains("forecast4j-seed-trajectory.png"), text);
        assertEquals(1, pngs.size(), "one inline PNG, the trajectory");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(pngs.get(0)));
        assertNotNull(image, "the inline image/png decodes");
        assertEquals(1000, image.getWidth());
        assertEquals(560, image.getHeight());
    }

    /** @return the kernel jar in the installed kernelspec {@value #KERNEL}, or {@code null} */
    private static Path installedKernelJar() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jupyter", "kernelspec", "list", "--json").redirectErrorStream(false).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return null;
        }
        JsonNode spec = ForecastJson.mapper().readTree(json).path("kernelspecs").path(KERNEL);
        if (!spec.has("resource_dir")) {
            return null;
        }
        try (Stream<Path> files = Files.list(Path.of(spec.get("resource_dir").asString()))) {
            return files.filter(f -> f.getFileName().toString().startsWith("rapaio-jupyter-kernel-")
                    && f.getFileName().toString().endsWith(".jar")).findFirst().orElse(null);
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A notebook's multi-line string: an array of lines, or one string. */
    private static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode line : node) {
                sb.append(line.asString());
            }
            return sb.toString();
        }
        return node.asString();
    }
}
