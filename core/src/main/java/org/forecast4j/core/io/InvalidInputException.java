package org.forecast4j.core.io;

/**
 * Bad input from a user or a file: a malformed record, a value out of range, a missing field or column, a
 * model file of another kind or schema. The message names where the problem is (file, line, field) and the
 * offending value, e.g. {@code data.csv line 7, field 'p': value '1.3' is not a probability in [0, 1]}.
 *
 * <p>The command-line tool prints the message alone (no stack trace) and exits with status 1.
 *
 * @serial exclude
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String field;
    private final String value;
    private final String problem;

    /**
     * Creates an exception naming every part of the location that is known.
     *
     * @param source the file or stream, e.g. a path; {@code null} if unknown
     * @param line the 1-based line number, or {@code 0} if unknown or not applicable
     * @param field the field or column name, or {@code null}
     * @param value the offending value as text, or {@code null}
     * @param problem what is wrong, e.g. {@code "is not a probability in [0, 1]"}; never {@code null}
     */
    public InvalidInputException(String source, long line, String field, String value, String problem) {
        this(source, line, field, value, problem, null);
    }

    /**
     * As {@link #InvalidInputException(String, long, String, String, String)}, with a cause.
     *
     * @param source the file or stream; {@code null} if unknown
     * @param line the 1-based line number, or {@code 0}
     * @param field the field or column name, or {@code null}
     * @param value the offending value as text, or {@code null}
     * @param problem what is wrong
     * @param cause the underlying exception, or {@code null}
     */
    public InvalidInputException(String source, long line, String field, String value, String problem,
            Throwable cause) {
        super(format(source, line, field, value, problem), cause);
        this.source = source;
        this.line = line;
        this.field = field;
        this.value = value;
        this.problem = problem;
    }

    /**
     * A file that cannot be read, with the reason in words: not found, permission denied, not UTF-8 text (a
     * binary file), a folder, or the I/O error's own message.
     *
     * @param source the file
     * @param e what reading it threw
     * @return the exception
     */
    public static InvalidInputException unreadable(String source, java.io.IOException e) {
        String reason = e instanceof java.nio.file.NoSuchFileException ? "file not found"
                : e instanceof java.nio.file.AccessDeniedException ? "cannot be read: permission denied"
                : e instanceof java.nio.charset.CharacterCodingException
                        ? "is not UTF-8 text (is it a binary file, or in another encoding?)"
                : e.getMessage() != null && e.getMessage().contains("Is a directory")
                        ? "is a folder, not a file"
                : "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return new InvalidInputException(source, 0, null, null, reason, e);
    }

    /**
     * A problem with a whole source rather than one value, e.g. an empty file.
     *
     * @param source the file or stream
     * @param problem what is wrong
     * @return the exception
     */
    public static InvalidInputException of(String source, String problem) {
        return new InvalidInputException(source, 0, null, null, problem);
    }

    private static String format(String source, long line, String field, String value, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? " line " : "line ").append(line);
        }
        if (field != null) {
            sb.append(sb.length() > 0 ? ", field '" : "field '").append(field).append('\'');
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        if (value != null) {
            sb.append("value '").append(abbreviate(value)).append("' ");
        }
        sb.append(problem);
        return sb.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    /** @return the file or stream, or {@code null} if unknown */
    public String source() {
        return source;
    }

    /** @return the 1-based line number, or {@code 0} if unknown */
    public long line() {
        return line;
    }

    /** @return the field or column name, or {@code null} */
    public String field() {
        return field;
    }

    /** @return the offending value, or {@code null} */
    public String value() {
        return value;
    }

    /** @return what is wrong, without the location */
    public String problem() {
        return problem;
    }
}
