package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package of forecast4j depends on itself through other packages: the package graph of every module's class
 * files on this test's class path (core, features, scenario, backtest, cli) is acyclic. A class file names each
 * class it uses in its constant pool (class entries and type descriptors), so scanning it for
 * {@code org/forecast4j/.../Name} finds every dependency the compiler kept.
 */
class PackageCyclesTest {
    private static final Pattern REFERENCE = Pattern.compile("org/forecast4j/(?:[a-z0-9_]+/)*[A-Z]");

    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.keySet().containsAll(List.of("org.forecast4j.core.model", "org.forecast4j.features.forecast",
                "org.forecast4j.scenario", "org.forecast4j.backtest", "org.forecast4j.cli")),
                "every module's classes were scanned: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles (each a strongly connected set of packages)");
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    }

    static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && path.endsWith(Path.of("target", "classes"))) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                        add(graph, path.relativize(f).toString().replace(java.io.File.separatorChar, '/'),
                                Files.readAllBytes(f));
                    }
                }
            } else if (path.getFileName() != null && path.getFileName().toString().startsWith("forecast4j-")
                    && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                        if (e.getName().endsWith(".class") && e.getName().startsWith("org/forecast4j/")) {
                            try (InputStream in = jar.getInputStream(e)) {
                                add(graph, e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        }
        return graph;
    }

    private static void add(Map<String, Set<String>> graph, String classFile, byte[] bytes) {
        if (!classFile.startsWith("org/forecast4j/") || classFile.endsWith("module-info.class")) {
            return;
        }
        String from = classFile.substring(0, classFile.lastIndexOf('/')).replace('/', '.');
        Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String name = m.group();
            String pkg = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
            if (!pkg.equals(from)) {
                to.add(pkg);
            }
        }
    }

    /** Tarjan's strongly connected components of more than one package, each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                out.add(component);
            }
        }
    }
}
