#!/usr/bin/env bash
# diplograph's two set-up commands, on any machine with Maven and a JDK 21 or newer somewhere:
#   ./run.sh        build, ingest the example articles into ./data/tdb2 and serve them with Fuseki's UI
#   ./run.sh test   build and run every test (unit and integration)
# Extra arguments after "serve" go to the serve command, e.g. ./run.sh serve --port 3131
set -euo pipefail
cd "$(dirname "$0")"

jdk_version() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(jdk_version "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    if [ "$(jdk_version "$candidate")" -ge 21 ] 2>/dev/null; then JAVA_HOME=$candidate; return; fi
  done
  if command -v javac >/dev/null && [ "$(jdk_version "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")" -ge 21 ] 2>/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")"); return
  fi
  echo "run.sh: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm, /opt/java)." >&2
  echo "Install one (e.g. Temurin 21+) or set JAVA_HOME to it; Jena 6 needs Java 21." >&2
  exit 1
}

find_jdk
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
echo "run.sh: JDK $(jdk_version "$JAVA_HOME") at $JAVA_HOME" >&2

case "${1:-serve}" in
  test)
    mvn -B verify
    ;;
  serve)
    [ $# -gt 0 ] && shift
    mvn -B -q package -DskipTests
    exec java -jar target/diplograph.jar serve --ingest examples/ "$@"
    ;;
  *)
    echo "usage: ./run.sh [serve [serve options] | test]" >&2
    exit 2
    ;;
esac
