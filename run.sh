#!/usr/bin/env bash
# diplograph's set-up commands, on any machine with Maven and a JDK 21 or newer somewhere:
#   ./run.sh        build, ingest the example articles into ./data/tdb2 and serve them with Fuseki's UI
#   ./run.sh test   build and run every test (unit and integration)
#   ./run.sh build  only build target/diplograph.jar (what ./diplograph runs)
# Extra arguments after "serve" go to the serve command, e.g. ./run.sh serve --port 3131
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh

find_java_home javac run.sh
export PATH="$JAVA_HOME/bin:$PATH"
echo "run.sh: JDK $(java_version "$JAVA_HOME") at $JAVA_HOME" >&2

# Maven's own libraries call sun.misc.Unsafe, which Java 24 and later warn about on every run; the option
# that allows it quietly does not exist before Java 23 (and would stop the JVM there), hence the test.
if [ "$(java_version "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
# Maven without colour (-B, style.color=never) and without the reset codes (ESC[0m) that Debian's Maven 3.8
# prints around its output all the same, so that logs and pipes get plain text.
maven() {
  mvn -B -Dstyle.color=never "$@" 2>&1 </dev/null | sed -u 's/\x1b\[[0-9;]*m//g'
}

# Builds target/diplograph.jar, telling which step Maven is at instead of 75 silent seconds; the whole
# Maven output goes to target/build.log and its last lines to the terminal when the build fails.
build() {
  mkdir -p target
  local log=target/build.log started=$SECONDS
  echo "run.sh: building target/diplograph.jar (mvn package; the first build downloads the dependencies)" >&2
  maven package -DskipTests >"$log" &
  local pid=$! shown=0
  # follow the log while Maven runs: one line per plugin goal, e.g. "maven step compiler:compile"
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    shown=$(show_steps "$log" "$shown")
  done
  local status=0
  wait "$pid" || status=$?
  show_steps "$log" "$shown" >/dev/null
  if [ "$status" -ne 0 ]; then
    echo "run.sh: the build failed (mvn exit $status); the end of $log:" >&2
    tail -n 40 "$log" >&2
    exit "$status"
  fi
  echo "run.sh: built target/diplograph.jar in $((SECONDS - started)) s" >&2
}

# Prints the Maven steps of log $1 after the first $2, returns the new count on stdout.
show_steps() {
  local steps
  steps=$(sed -n 's/^\[INFO\] --- \([^ ]*\) .*@ diplograph ---$/\1/p' "$1" 2>/dev/null || true)
  local count
  count=$(printf '%s' "$steps" | grep -c . || true)
  if [ "$count" -gt "$2" ]; then
    printf '%s\n' "$steps" | tail -n "+$(($2 + 1))" | sed 's/^\(maven-\)\{0,1\}\([^:]*\)-plugin:[^:]*:\(.*\)$/\2:\3/; s/^/run.sh:   maven step /' >&2
  fi
  echo "$count"
}

case "${1:-serve}" in
  test)
    echo "run.sh: mvn verify (compiles, runs the unit tests, packs the jar, runs the integration tests; a few minutes)" >&2
    maven verify
    ;;
  build)
    build
    ;;
  serve)
    [ $# -gt 0 ] && shift
    build
    echo "run.sh: ./diplograph serve --ingest examples/ $*" >&2
    exec ./diplograph serve --ingest examples/ "$@"
    ;;
  *)
    echo "usage: ./run.sh [serve [serve options] | test | build]" >&2
    exit 2
    ;;
esac
