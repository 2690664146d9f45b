#!/usr/bin/env bash
# Jupyter and a Java kernel for the notebook examples/notebooks/seed-scenario.ipynb (run by JupyterNotebookTest in
# examples). Jupyter comes from Debian (jupyter-notebook, jupyter-nbconvert, python3-nbclient, jupyter-client);
# the kernel is rapaio-jupyter-kernel, a JShell-based Java kernel, from Maven Central through ./mvnw. (JJava's
# kernel is not on Maven Central, only its protocol library; its kernel ships through PyPI and GitHub, which
# this project's machines do not reach.) Registers the kernelspec 'forecast4j-java' for this user: it runs
# examples/notebooks/jupyter-kernel.sh of this checkout, which puts forecast4j on the class path.
# Idempotent: installs only what is missing and rewrites the kernelspec (a few seconds when all is there).
# Where something cannot be installed it says what and exits 0: the test is then skipped, naming this script.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
kernel_version=3.0.1
kernel_artifact="io.github.padreati:rapaio-jupyter-kernel:$kernel_version"
kernel_jar="rapaio-jupyter-kernel-$kernel_version.jar"
log=/tmp/install-jupyter.log

have_jupyter() {
  command -v jupyter > /dev/null 2>&1 && jupyter nbconvert --version > /dev/null 2>&1 \
    && jupyter kernelspec --version > /dev/null 2>&1 && jupyter notebook --version > /dev/null 2>&1
}

if ! have_jupyter; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null 2>&1; then
    echo "install-jupyter: installing Debian's Jupyter (notebook, nbconvert, nbclient)"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client; } > "$log" 2>&1; then
      tail -5 "$log"
    fi
  fi
  if ! have_jupyter; then
    echo "install-jupyter: Debian's Jupyter could not be installed here (needs root and apt-get);" \
      "JupyterNotebookTest will be skipped"
    exit 0
  fi
fi

data_dir="$(jupyter --data-dir)"
kernel_dir="$data_dir/kernels/forecast4j-java"
if [ ! -f "$kernel_dir/$kernel_jar" ]; then
  echo "install-jupyter: fetching the Java kernel $kernel_artifact from Maven Central"
  mkdir -p "$kernel_dir"
  if ! (cd "$root" && ./mvnw -B -q -ntp dependency:copy -Dartifact="$kernel_artifact" \
      -DoutputDirectory="$kernel_dir") > "$log" 2>&1; then
    tail -5 "$log"
    echo "install-jupyter: the kernel $kernel_artifact could not be fetched; JupyterNotebookTest will be skipped"
    exit 0
  fi
fi
# The kernelspec: this checkout's launcher and the kernel jar. Rewritten each time, so it follows the checkout.
cat > "$kernel_dir/kernel.json" <<JSON
{
  "argv": ["bash", "$root/examples/notebooks/jupyter-kernel.sh", "$kernel_dir/$kernel_jar", "{connection_file}"],
  "display_name": "Java (forecast4j)",
  "language": "java",
  "interrupt_mode": "message",
  "metadata": {"kernel": "rapaio-jupyter-kernel $kernel_version", "forecast4j.home": "$root"}
}
JSON
echo "install-jupyter: kernel 'forecast4j-java' ($kernel_artifact) in $kernel_dir, for $root"
exit 0
