/**
 * Tablesaw views for notebooks: an event log and extracted features as {@link tech.tablesaw.api.Table}s that
 * can be printed, filtered, summarised and plotted. The tables are copies made on request; nothing on the
 * forecasting path uses Tablesaw.
 */
package org.forecast4j.tables;
