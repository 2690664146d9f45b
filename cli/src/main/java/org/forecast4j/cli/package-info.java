/**
 * The {@code forecast} command-line tool (picocli). {@link org.forecast4j.cli.ForecastCli} is the entry point;
 * each subcommand is a class of its own. Exit codes: 0 success, 2 usage error, 1 bad data or failure, with
 * the message on standard error.
 */
package org.forecast4j.cli;
