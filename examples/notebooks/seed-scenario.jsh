// The seed scenario, step by step: what the articles reported, the two questions, their base rates and
// evidence, the forecasts and what moved them.
// Run:  ./forecast shell --script examples/notebooks/seed-scenario.jsh   (or paste into ./forecast shell)

// 1. Load the scenario: 40 dated events from the five seed articles, two questions, and a model per question
//    (scenario.json: a feature spec, a base rate from a reference class, an analyst's log likelihood ratios).
var s = seed();
show(s);

// 2. The events as a Tablesaw table: when each was published, its type and how credible its source is.
var events = table(s.events());
show(events.selectColumns("published", "type", "credibility", "id").first(12));
show(events.countBy("type").sortDescendingOn("Count").first(8));

// 3. Each question's model. Tokyo: a Gamma-Poisson hazard on 19 visits in 52 years, whose horizon is the part
//    of 2026 still ahead; Crystal Land: a Beta-binomial on 4 of 9 programmes on time. Then one log likelihood
//    ratio per feature, each with its uncertainty and a one-line rationale.
var tokyo = s.question("potus-tokyo-2026");
var crystal = s.question("crystal-land-phase-one-2026");
show(tokyo);
show(tokyo.baseRate());
show(crystal.baseRate());

// 4. The forecasts as of the latest event, with the evidence ranked by how far it moved the log-odds and the
//    events behind each feature (what `./forecast demo` prints).
var report = s.forecast();
show(report);

// 5. The decomposition is exact: base log-odds + contributions = log-odds, bit for bit, summed in feature order.
var f = report.forecast("potus-tokyo-2026");
double total = f.baseLogOdds();
for (var c : f.contributions()) total += c.logOdds();
if (total != f.logOdds()) throw new AssertionError("contributions do not add up: " + total + " vs " + f.logOdds());
System.out.println(String.format(Locale.ROOT, "Tokyo: base %.4f + contributions = %.4f = log-odds; P(YES) = %.4f",
        f.baseLogOdds(), total, f.probability()));

// 6. The evidence model behind the Tokyo forecast, as a table, and its own explanation of the feature vector.
show(f.model());
double[] x = f.contributions().stream().mapToDouble(c -> c.value()).toArray();
show(f.model().explain(x));

// 7. Which events moved Crystal Land, one by one, largest first.
var cl = report.forecast("crystal-land-phase-one-2026");
var moves = new TextTable("event", "type", "published", "log-odds");
var shares = new ArrayList<org.forecast4j.scenario.EventShare>();
for (int i = 0; i < cl.contributions().size(); i++) shares.addAll(cl.shares(i));
shares.sort(Comparator.comparingDouble(e -> -Math.abs(e.logOdds())));
for (var e : shares) moves.row(e.event().id(), e.event().type(), e.event().published(), String.format(Locale.ROOT, "%+.3f", e.logOdds()));
show(moves);

// 8. What would move the forecasts: one new event of each type the specs count, or three months of no news.
cl.whatIfs().forEach(w -> System.out.println("crystal-land: " + w));
f.whatIfs().forEach(w -> System.out.println("tokyo: " + w));

// 9. As of an earlier date the log holds less: only what had been published by then is seen.
show(s.forecast(Instant.parse("2025-06-01T00:00:00Z")).summary());

// 10. The trajectory: as the events arrived, then with no further news to each deadline; as a table and a PNG.
var path = s.trajectory();
show(path);
show(path.toTable().where(path.toTable().booleanColumn("projected").isFalse()).first(5));
var png = savePlot(path, System.getProperty("java.io.tmpdir") + "/forecast4j-seed-trajectory.png");
System.out.println("wrote " + png);
