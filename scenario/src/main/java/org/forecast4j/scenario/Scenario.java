package org.forecast4j.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;

/**
 * A forecasting scenario: an event log and questions, each with a feature spec, a base rate and an analyst's log
 * likelihood ratios (see the package documentation for the {@code scenario.json} format). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Scenario seed = Scenario.load(Path.of("examples/seed-scenario"));
 * ScenarioReport report = seed.forecast();            // as of the latest event
 * System.out.print(report);                           // what `forecast demo` prints
 * Trajectory path = seed.trajectory();                // probabilities as the events arrived, then no news
 * }</pre>
 */
public final class Scenario {
    /** The scenario file's name inside a scenario directory. */
    public static final String FILE = "scenario.json";

    private final String name;
    private final String title;
    private final Path directory;
    private final EventLog events;
    private final List<ScenarioQuestion> questions;

    private Scenario(String name, String title, Path directory, EventLog events, List<ScenarioQuestion> questions) {
        this.name = name;
        this.title = title == null ? "" : title;
        this.directory = directory;
        this.events = events;
        this.questions = List.copyOf(questions);
    }

    /**
     * @param name a short name
     * @param title a one-line title, or {@code null}
     * @param events the event log
     * @param questions the questions with their models, at least one, ids unique
     * @return the scenario
     * @throws IllegalArgumentException if there are no questions or an id repeats
     */
    public static Scenario of(String name, String title, EventLog events, List<ScenarioQuestion> questions) {
        return create(name, title, null, events, questions);
    }

    static Scenario create(String name, String title, Path directory, EventLog events,
            List<ScenarioQuestion> questions) {
        Objects.requireNonNull(events, "events");
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one question");
        }
        TreeSet<String> ids = new TreeSet<>();
        for (ScenarioQuestion q : questions) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("question '" + q.id() + "' appears twice in the scenario");
            }
        }
        return new Scenario(name, title, directory, events, questions);
    }

    /**
     * Loads a scenario.
     *
     * @param path a scenario directory (holding {@value #FILE}) or a scenario file
     * @return the scenario
     * @throws InvalidInputException naming the file, line, field and value of the first problem in the scenario
     *     file or any file it names
     */
    public static Scenario load(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        return ScenarioFile.read(file);
    }

    /** @return the scenario's short name */
    public String name() {
        return name;
    }

    /** @return its one-line title, or an empty string */
    public String title() {
        return title;
    }

    /** @return the directory it was loaded from, or {@code null} if built in code */
    public Path directory() {
        return directory;
    }

    /** @return the event log */
    public EventLog events() {
        return events;
    }

    /** @return the questions with their models, in scenario order */
    public List<ScenarioQuestion> questions() {
        return questions;
    }

    /**
     * @param id a question's id
     * @return the question with its model
     * @throws IllegalArgumentException if there is none
     */
    public ScenarioQuestion question(String id) {
        for (ScenarioQuestion q : questions) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        List<String> known = new ArrayList<>();
        questions.forEach(q -> known.add(q.id()));
        throw new IllegalArgumentException("no question '" + id + "' in scenario " + name + " " + known);
    }

    /**
     * @return the latest publication time in the log, the default as-of time
     * @throws IllegalStateException if the log is empty
     */
    public Instant latestEvent() {
        Instant t = events.lastPublished();
        if (t == null) {
            throw new IllegalStateException("scenario " + name + " has no events: give an as-of time");
        }
        return t;
    }

    /** @return every question forecast as of the latest event */
    public ScenarioReport forecast() {
        return forecast(latestEvent());
    }

    /**
     * Every question forecast as of {@code asOf}, from the events published by then.
     *
     * @param asOf the time
     * @return the report
     * @throws IllegalArgumentException if a question has closed by then
     */
    public ScenarioReport forecast(Instant asOf) {
        List<ScenarioForecast> list = new ArrayList<>();
        for (ScenarioQuestion q : questions) {
            list.add(q.forecast(events, asOf));
        }
        List<ScenarioReport.Arrival> arrivals = new ArrayList<>();
        EventLog.View view = events.publishedBy(asOf);
        List<Event> seen = view.events();
        int i = 0;
        while (i < seen.size()) {
            Instant t = seen.get(i).published();
            int count = 0;
            while (i < seen.size() && seen.get(i).published().equals(t)) {
                count++;
                i++;
            }
            List<Double> probabilities = new ArrayList<>();
            for (ScenarioQuestion q : questions) {
                boolean open = !t.isBefore(q.question().opened()) && t.isBefore(q.question().deadline());
                probabilities.add(open ? probabilityOrNaN(q, events, t) : Double.NaN);
            }
            arrivals.add(new ScenarioReport.Arrival(t, count, probabilities));
        }
        return new ScenarioReport(this, asOf, list, arrivals);
    }

    /** @return the trajectory as of the latest event */
    public Trajectory trajectory() {
        return trajectory(latestEvent());
    }

    /**
     * Each question's probability from the time it opened to its deadline: at every publication time and every
     * day (00:00 UTC), from the events published by that time up to {@code asOf}, and after {@code asOf} with no
     * further news.
     *
     * @param asOf the last time whose events are seen
     * @return the trajectory
     */
    public Trajectory trajectory(Instant asOf) {
        EventLog known = EventLog.of(events.publishedBy(asOf).events());
        TreeSet<Instant> published = new TreeSet<>();
        for (Event e : known) {
            published.add(e.published());
        }
        List<Trajectory.Point> points = new ArrayList<>();
        for (ScenarioQuestion q : questions) {
            Instant opened = q.question().opened();
            Instant deadline = q.question().deadline();
            TreeSet<Instant> times = new TreeSet<>();
            times.add(opened);
            if (!asOf.isBefore(opened) && asOf.isBefore(deadline)) {
                times.add(asOf);
            }
            for (Instant t : published.subSet(opened, true, deadline, false)) {
                times.add(t);
            }
            for (Instant day = opened.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS); day.isBefore(deadline);
                    day = day.plus(1, ChronoUnit.DAYS)) {
                times.add(day);
            }
            for (Instant t : times) {
                ScenarioForecast f;
                try {
                    f = q.forecastOnly(known, t);
                } catch (IllegalArgumentException e) {
                    continue;  // no base rate then: a hazard window that ends before the deadline
                }
                points.add(new Trajectory.Point(q.id(), t, f.probability(), f.interval().lower(),
                        f.interval().upper(), f.baseRate().probability(), t.isAfter(asOf)));
            }
        }
        return new Trajectory(asOf, points, new ArrayList<>(published));
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("question", "opened", "deadline", "base rate", "features", "events about it");
        for (ScenarioQuestion q : questions) {
            int about = events.publishedBy(latestOr(q)).about(q.question().entities()).size();
            table.row(q.id(), q.question().opened(), q.question().deadline(), q.baseRate().model(),
                    q.spec().size(), q.question().entities().isEmpty() ? events.size() : about);
        }
        return String.format(Locale.ROOT, "Scenario '%s': %s%n%d events%s%n", name, title, events.size(),
                events.size() == 0 ? "" : ", published " + events.firstPublished() + " to " + events.lastPublished())
                + table;
    }

    private Instant latestOr(ScenarioQuestion q) {
        Instant t = events.lastPublished();
        return t == null ? q.question().opened() : t;
    }

    /** @return the question ids, in order */
    public List<String> questionIds() {
        List<String> ids = new ArrayList<>();
        for (ScenarioQuestion q : questions) {
            ids.add(q.id());
        }
        return ids;
    }

    private static double probabilityOrNaN(ScenarioQuestion q, EventLog log, Instant t) {
        try {
            return q.forecastOnly(log, t).probability();
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    static Question find(List<Question> all, String id) {
        for (Question q : all) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        return null;
    }
}
