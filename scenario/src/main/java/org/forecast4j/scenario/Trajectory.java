package org.forecast4j.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.forecast4j.core.text.TextTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The probabilities of a scenario's questions over time: as the events arrived (up to the as-of time), then
 * projected with no further news to each question's deadline. Immutable.
 */
public final class Trajectory {

    /**
     * One forecast of a trajectory.
     *
     * @param question the question's id
     * @param time the time the forecast is as of
     * @param probability the probability of YES
     * @param lower the interval's lower end
     * @param upper the interval's upper end
     * @param baseRate the base rate at that time
     * @param projected whether the time is after the as-of time (no events after it are seen)
     */
    public record Point(String question, Instant time, double probability, double lower, double upper,
            double baseRate, boolean projected) {
    }

    private final Instant asOf;
    private final List<Point> points;
    private final List<Instant> arrivals;

    Trajectory(Instant asOf, List<Point> points, List<Instant> arrivals) {
        this.asOf = asOf;
        this.points = List.copyOf(points);
        this.arrivals = List.copyOf(arrivals);
    }

    /** @return the as-of time: later points are projections with no further news */
    public Instant asOf() {
        return asOf;
    }

    /** @return every point, question by question, each in time order */
    public List<Point> points() {
        return points;
    }

    /**
     * @param questionId a question's id
     * @return its points in time order; empty if unknown
     */
    public List<Point> points(String questionId) {
        List<Point> list = new ArrayList<>();
        for (Point p : points) {
            if (p.question().equals(questionId)) {
                list.add(p);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** @return the question ids, in scenario order */
    public List<String> questions() {
        Set<String> ids = new LinkedHashSet<>();
        for (Point p : points) {
            ids.add(p.question());
        }
        return List.copyOf(ids);
    }

    /** @return the times events were published, up to the as-of time */
    public List<Instant> arrivals() {
        return arrivals;
    }

    /** @return the points as a Tablesaw table: question, time, probability, lower, upper, baseRate, projected */
    public Table toTable() {
        StringColumn question = StringColumn.create("question");
        InstantColumn time = InstantColumn.create("time");
        DoubleColumn probability = DoubleColumn.create("probability");
        DoubleColumn lower = DoubleColumn.create("lower");
        DoubleColumn upper = DoubleColumn.create("upper");
        DoubleColumn base = DoubleColumn.create("baseRate");
        BooleanColumn projected = BooleanColumn.create("projected");
        for (Point p : points) {
            question.append(p.question());
            time.append(p.time());
            probability.append(p.probability());
            lower.append(p.lower());
            upper.append(p.upper());
            base.append(p.baseRate());
            projected.append(p.projected());
        }
        return Table.create("trajectory", question, time, probability, lower, upper, base, projected);
    }

    /** A table of the probabilities at each arrival, the as-of time and the last projected point. */
    @Override
    public String toString() {
        List<String> ids = questions();
        Set<Instant> times = new TreeSet<>(arrivals);
        times.add(asOf);
        for (String id : ids) {
            List<Point> list = points(id);
            if (!list.isEmpty()) {
                times.add(list.get(list.size() - 1).time());
            }
        }
        String[] headers = new String[ids.size() + 1];
        headers[0] = "time";
        for (int i = 0; i < ids.size(); i++) {
            headers[i + 1] = ids.get(i);
        }
        TextTable table = new TextTable(headers);
        for (Instant t : times) {
            Object[] row = new Object[headers.length];
            row[0] = t + (t.isAfter(asOf) ? " (no news)" : "");
            for (int i = 0; i < ids.size(); i++) {
                row[i + 1] = "";
                for (Point p : points(ids.get(i))) {
                    if (p.time().equals(t)) {
                        row[i + 1] = ScenarioForecast.percent(p.probability());
                    }
                }
            }
            table.row(row);
        }
        return "Trajectory as of " + asOf + " (" + points.size() + " points)\n" + table;
    }
}
