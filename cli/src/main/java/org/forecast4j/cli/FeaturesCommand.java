package org.forecast4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.forecast4j.features.csv.CsvWriter;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.extract.FeatureExtractor;
import org.forecast4j.features.extract.FeatureMatrix;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.live.LiveFeatureState;
import org.forecast4j.features.spec.FeatureSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forecast features}: the features of every question as of one time, as CSV. */
@Command(name = "features", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compute a feature spec's features for every question as of one time, from the events"
                + " published by then, and write them as CSV: question, at, then one column per feature in spec"
                + " order.",
            "Times are ISO-8601 instants (2026-02-01T12:00:00Z), date-times with an offset, or dates (00:00 UTC)."})
public final class FeaturesCommand implements Callable<Integer> {

    /** How to compute the features. */
    enum Mode {
        /** As-of batch extraction over the event log. */
        BATCH,
        /** Feed events and prices published by the time through the live state, then read it. */
        LIVE
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--questions", required = true, paramLabel = "FILE",
            description = "Questions: JSON Lines or a JSON array.")
    Path questions;

    @Option(names = "--events", required = true, paramLabel = "FILE",
            description = "Events: JSON Lines, or CSV if the name ends in .csv.")
    Path events;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "Feature spec (JSON).")
    Path specFile;

    @Option(names = "--at", required = true, paramLabel = "TIME", converter = InstantConverter.class,
            description = "The time the features are as of.")
    Instant at;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "batch",
            description = "batch (as-of extraction) or live (incremental state; equal to batch up to rounding"
                    + " in the last digits). Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (atomically) instead of to"
            + " standard output.")
    Path out;

    @Override
    public Integer call() {
        FeatureSpec featureSpec = FeatureSpec.read(specFile);
        List<Question> questionList = QuestionReader.read(questions);
        EventLog log = EventReader.readLog(events);
        FeatureMatrix matrix = mode == Mode.BATCH
                ? new FeatureExtractor(featureSpec).extractAll(questionList, log, at)
                : live(featureSpec, questionList, log);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            CsvWriter writer = CsvWriter.to(stdout, matrix.header());
            matrix.writeRows(writer);
            writer.commit();
        } else {
            matrix.writeCsv(out);
            stdout.println("features: wrote " + matrix.rowCount() + " questions x " + featureSpec.size()
                    + " features as of " + at + " to " + out);
        }
        stdout.flush();
        return ForecastCli.OK;
    }

    /** Replays what was published by {@code at}, in time order, through the live state. */
    private FeatureMatrix live(FeatureSpec featureSpec, List<Question> questionList, EventLog log) {
        LiveFeatureState state = new LiveFeatureState(featureSpec);
        record Price(long time, int handle, double price, long close) {
        }
        List<Price> prices = new ArrayList<>();
        for (Question q : questionList) {
            int handle = state.register(q);
            for (PricePoint p : q.prices()) {
                if (!p.time().isAfter(at)) {
                    prices.add(new Price(Times.nanos(p.time()), handle, p.price(),
                            p.close() == null ? Long.MIN_VALUE : Times.nanos(p.close())));
                }
            }
        }
        prices.sort(Comparator.comparingLong(Price::time));
        List<Event> published = log.publishedBy(at).events();
        int next = 0;
        for (Event e : published) {
            while (next < prices.size() && prices.get(next).time() <= e.publishedNanos()) {
                Price p = prices.get(next++);
                state.onPrice(p.handle(), p.time(), p.price(), p.close());
            }
            state.onEvent(e);
        }
        for (; next < prices.size(); next++) {
            Price p = prices.get(next);
            state.onPrice(p.handle(), p.time(), p.price(), p.close());
        }
        long t = Times.nanos(at);
        double[][] rows = new double[questionList.size()][];
        List<String> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (int h = 0; h < rows.length; h++) {
            rows[h] = new double[featureSpec.size()];
            state.features(h, t, rows[h]);
            ids.add(questionList.get(h).id());
            times.add(at);
        }
        return new FeatureMatrix(featureSpec.schema(), ids, times, rows);
    }
}
