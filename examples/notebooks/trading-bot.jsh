// A trading-bot loop on the seed scenario's Tokyo question: events in through the Forecaster's live API, one at a
// time as they are published; probabilities and Kelly stakes out, every week, against a price feed.
// THE PRICES ARE ILLUSTRATIVE: a seeded synthetic walk, not market data (no market quotes this question).
// Run:  ./forecast shell --script examples/notebooks/trading-bot.jsh

var s = seed();
var tokyo = s.question("potus-tokyo-2026");
var start = s.events().firstPublished();

// The bot's forecaster: the question's feature spec and its evidence model, with the base rate as a feature
// that moves with the clock (the hazard's chance of a visit falls as 2026 runs out with none).
Forecaster bot = tokyo.forecaster();
var model = (EvidenceModel) bot.model();
int handle = bot.register(tokyo.question());

// Trading parameters: half Kelly, a fee of one cent per contract, a bankroll of 10,000.
var options = KellyOptions.fraction(0.5).withFee(0.01);
var sizing = new KellySizing();          // caller-owned, reused: the sizing allocates nothing
double bankroll = 10_000;
double[] x = new double[bot.spec().size()];     // caller-owned feature buffer for the live read

// The illustrative price: log-odds revert to logit(0.35) with daily noise, seeded (SplitMix64), one step a week.
var random = new SplitMix64(2026);
double anchor = Probabilities.logit(0.35);
double logitPrice = anchor;

var events = s.events().events();
int next = 0;
var table = new TextTable("week", "events used", "price", "P(YES)", "sd", "side", "stake");
Instant end = Instant.parse("2026-04-01T00:00:00Z");
for (Instant now = start; now.isBefore(end); now = now.plus(Duration.ofDays(7))) {
    // 1. Feed what was published since the last tick (the writer thread of a real bot).
    while (next < events.size() && !events.get(next).published().isAfter(now)) bot.onEvent(events.get(next++));
    // 2. Read the live probability and the features behind it (any thread, allocation-free).
    double p = bot.probability(handle, Times.nanos(now), x);
    double sd = p * (1 - p) * Math.sqrt(model.logOddsVariance(x));   // delta method on the log-odds sd
    // The live state gives what a batch forecast from the whole log gives at the same time.
    double batch = tokyo.forecastOnly(s.events(), now).probability();
    if (Math.abs(p - batch) > 1e-12) throw new AssertionError("live " + p + " != batch " + batch + " at " + now);
    // 3. The market moves (illustrative), and the bot sizes a stake shrunk for the forecast's uncertainty.
    logitPrice += 0.05 * (anchor - logitPrice) + 0.1 * random.nextGaussian();
    double price = Math.min(0.99, Math.max(0.01, Probabilities.sigmoid(logitPrice)));
    Kelly.sizeWithUncertainty(p, sd, price, options, bankroll, sizing);
    table.row(now.toString().substring(0, 10), bot.live().eventCount(handle), TextTable.number(price, 3),
            TextTable.number(p, 3), TextTable.number(sd, 3), sizing.side(), String.format(Locale.ROOT, "%.2f", sizing.stake()));
}
System.out.println("ILLUSTRATIVE PRICES (synthetic, seeded): not market data.");
show(table);

// The last bet in full, and the live forecast's contributions (live forecasts carry no event lists).
show(sizing.toBet());
show(bot.forecastLive("potus-tokyo-2026", end));
