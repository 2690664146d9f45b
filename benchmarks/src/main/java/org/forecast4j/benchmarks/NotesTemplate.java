package org.forecast4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes on the results: Markdown text in the resource {@value #RESOURCE} beside this class, with
 * placeholders {@code {{name}}} that the renderer fills from the run ({@link NoteValues} lists the names). A
 * placeholder is two braces, a name of letters, digits, dots and underscores (spaces around it allowed), and two
 * braces; any other text is copied unchanged. The template is wrapped for reading: a line that starts with spaces
 * continues the line before it, so that each bullet of {@code RESULTS.md} is one line.
 */
final class NotesTemplate {
    /** The template's resource name, relative to this package. */
    static final String RESOURCE = "results-notes.md";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");
    private static final Pattern CONTINUATION = Pattern.compile("\\R[ \\t]+");

    private NotesTemplate() {
    }

    /**
     * @return the template's text
     * @throws UncheckedIOException if the resource is missing or cannot be read
     */
    static String text() {
        try (InputStream in = NotesTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + RESOURCE + " not found"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param template a template's text
     * @return the names of its placeholders, in order of first use
     */
    static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * @param template a template's text
     * @param values each placeholder's value, given its name
     * @return the text with every placeholder replaced by its value
     */
    static String fill(String template, UnaryOperator<String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.apply(m.group(1))));
    }

    /**
     * @param template a template's text
     * @return the text with each line that starts with spaces joined to the line before it by one space
     */
    static String unwrap(String template) {
        return CONTINUATION.matcher(template).replaceAll(" ");
    }

    /**
     * @param r the run
     * @return the notes of {@value #RESOURCE}, unwrapped, with this run's values
     */
    static String render(RunResults r) {
        return fill(unwrap(text()), name -> NoteValues.value(name, r));
    }
}
