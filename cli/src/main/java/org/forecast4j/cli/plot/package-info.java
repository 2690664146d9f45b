/**
 * PNG plots for the command line and notebooks (XChart, headless): the probabilities of a scenario's questions
 * over time. Output is written atomically and, for the same inputs on the same machine, is byte-identical.
 */
package org.forecast4j.cli.plot;
