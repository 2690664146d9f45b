/**
 * forecast4j backtest: walk-forward backtests that cannot see the future, their scores, trading account and
 * reports (CSV, JSON, PNG, HTML), and the ForecastBench reader.
 */
module org.forecast4j.backtest {
    requires transitive org.forecast4j.features;
    requires transitive java.desktop;
    requires org.knowm.xchart;

    exports org.forecast4j.backtest;
    exports org.forecast4j.backtest.forecastbench;
    exports org.forecast4j.backtest.report;
    exports org.forecast4j.backtest.sweep;

    uses org.forecast4j.backtest.BacktestEngine;
    uses org.forecast4j.backtest.sweep.SweepEngine;
}
