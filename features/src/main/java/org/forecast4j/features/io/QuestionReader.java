package org.forecast4j.features.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.io.JsonRecord;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;

/**
 * Reads {@link Question}s from JSON Lines or a JSON array of objects with the fields {@code id},
 * {@code opened}, {@code deadline} (required), {@code text}, {@code entities}, {@code resolvedAt},
 * {@code outcome} (true/false) and {@code prices} (an array of {@code {"time": …, "price": …}}, each with an
 * optional {@code "close"}: the market's close date as quoted with that price):
 * <pre>{@code
 * {"id":"q1","text":"Will …?","opened":"2025-12-01","deadline":"2026-12-31","entities":["Japan"],"prices":[{"time":"2025-12-05","price":0.31}]}
 * }</pre>
 * Errors name the file, line, field and value; two questions with one id are an error. Static, thread-safe.
 */
public final class QuestionReader {
    /** The fields of a question object. */
    public static final List<String> FIELDS = List.of("id", "text", "opened", "deadline", "entities", "resolvedAt",
            "outcome", "prices");

    private static final List<String> PRICE_FIELDS = List.of("time", "price", "close");

    private QuestionReader() {
    }

    /**
     * @param file JSON Lines, or a JSON array (first non-blank character {@code [})
     * @return the questions in file order
     * @throws InvalidInputException if the file is missing or holds a bad question
     */
    public static List<Question> read(Path file) {
        return fromRecords(JsonRecords.readArrayOrLines(file));
    }

    /**
     * @param source the name used in messages
     * @param text JSON Lines or a JSON array
     * @return the questions in order
     * @throws InvalidInputException if the text holds a bad question
     */
    public static List<Question> read(String source, String text) {
        return fromRecords(JsonRecords.readArrayOrLines(source, text));
    }

    private static List<Question> fromRecords(List<JsonRecord> records) {
        List<Question> questions = new ArrayList<>(records.size());
        Map<String, Long> seen = new HashMap<>();
        for (JsonRecord record : records) {
            Question question = fromRecord(record);
            Long first = seen.putIfAbsent(question.id(), record.line());
            if (first != null) {
                throw record.invalid("id", question.id(), "appears twice (first on line " + first + ")");
            }
            questions.add(question);
        }
        return questions;
    }

    /**
     * Builds one question from a JSON object.
     *
     * @param record the object
     * @return the question
     * @throws InvalidInputException naming the file, line, field and value of a bad field
     */
    public static Question fromRecord(JsonRecord record) {
        record.requireOnly(FIELDS, "a question");
        String id = record.text("id");
        Instant opened = record.instant("opened");
        Instant deadline = record.instant("deadline");
        List<PricePoint> prices = new ArrayList<>();
        for (JsonRecord price : record.objects("prices")) {
            price.requireOnly(PRICE_FIELDS, "a price");
            Instant time = price.instant("time");
            double value = price.number("price");
            if (!(value >= 0 && value <= 1)) {
                throw price.invalid("price", Double.toString(value), "is not a price in [0, 1]");
            }
            prices.add(new PricePoint(time, value, price.optionalInstant("close")));
        }
        try {
            return new Question(id, record.optionalText("text"), opened, deadline, record.stringList("entities"),
                    record.optionalInstant("resolvedAt"), record.optionalBoolean("outcome"), prices);
        } catch (InvalidInputException e) {
            throw record.locate(e);
        }
    }
}
