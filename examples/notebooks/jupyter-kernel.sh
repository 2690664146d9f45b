#!/usr/bin/env bash
# Starts forecast4j's Java kernel for Jupyter: rapaio-jupyter-kernel (a JShell-based Java kernel published on
# Maven Central; .ci/install-jupyter.sh installs it and the kernelspec 'forecast4j-java' that runs this script)
# with forecast4j on the notebook's class path and what `forecast shell` runs first: the imports and the helpers
# seed(), scenario(dir), show(x), savePlot(...), help().
#
# Usage (from kernel.json): jupyter-kernel.sh KERNEL_JAR CONNECTION_FILE
# Environment: FORECAST4J_HOME, the checkout (default: the one holding this script); FORECAST4J_CLASSPATH, the
# class path, ':'-separated (default: what `./forecast shell --print-class-path` lists, which builds forecast4j
# first if needed); JAVA_HOME; FORECAST_JAVA_OPTS, extra JVM options.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 KERNEL_JAR CONNECTION_FILE" >&2
  exit 2
fi
jar="$1"
connection="$2"
home="${FORECAST4J_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java="java"
fi
if [ -n "${FORECAST4J_CLASSPATH:-}" ]; then
  classpath="$FORECAST4J_CLASSPATH"
else
  classpath="$("$home/forecast" shell --print-class-path | paste -sd: -)"
fi
startup="$("$java" -Dforecast4j.home="$home" -cp "$classpath" org.forecast4j.cli.ForecastCli shell --print-startup)"
# The kernel reads its init script from a file: hand it over as descriptor 3, which the kernel inherits.
exec 3<<<"$startup"
# The kernel takes its class path ';'-separated.
export RJK_CLASSPATH="${classpath//:/;}" RJK_INIT_SCRIPT=/dev/fd/3 RJK_TIMEOUT_MILLIS=-1 RJK_COMPILER_OPTIONS=""
# shellcheck disable=SC2086
exec "$java" -Djava.awt.headless=true -Dforecast4j.home="$home" ${FORECAST_JAVA_OPTS:-} -jar "$jar" "$connection"
