# Finds a Java 21 or newer for diplograph's scripts (./run.sh, ./diplograph, the distribution's
# bin/diplograph): sourced by them, never run on its own. The user's default `java` may be older
# (Debian 12 ships 17), so a Java 21+ is looked for where installers put one.
#
#   find_java_home TOOL WHO   sets and exports JAVA_HOME to the first Java 21+ that has bin/TOOL
#                             (javac to build, java to run), or explains and exits 1; WHO names the
#                             script in the message.
#
# Looked at, in order: $JAVA_HOME, the Java homes in the folders of DIPLOGRAPH_JDK_DIRS (default:
# /usr/lib/jvm, /opt/java, /opt, ~/.sdkman/candidates/java and macOS's
# /Library/Java/JavaVirtualMachines), then the java (or javac) on PATH.

DIPLOGRAPH_MIN_JAVA=21

# The feature version (17, 21, 25) of the Java home $1, empty when its bin/java does not run.
java_version() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -1
}

# True when $1 is a Java home with bin/$2 and version 21 or newer.
java_fits() {
  [ -n "$1" ] && [ -x "$1/bin/$2" ] || return 1
  local v
  v=$(java_version "$1")
  [ -n "$v" ] && [ "$v" -ge "$DIPLOGRAPH_MIN_JAVA" ]
}

# What is wrong with the Java home $1 for the tool $2, for the message below.
describe_java() {
  local v
  v=$(java_version "$1")
  if [ -z "$v" ]; then echo "no runnable bin/java there"
  elif [ ! -x "$1/bin/$2" ]; then echo "Java $v without bin/$2"
  else echo "Java $v, older than $DIPLOGRAPH_MIN_JAVA"; fi
}

# The Java home of the program $1 (a path to bin/java or bin/javac, links followed).
home_of() {
  dirname "$(dirname "$(readlink -f "$1")")"
}

find_java_home() {
  local tool=$1 who=$2 dir candidate on_path=""
  local dirs=${DIPLOGRAPH_JDK_DIRS:-/usr/lib/jvm /opt/java /opt ${HOME:-/root}/.sdkman/candidates/java /Library/Java/JavaVirtualMachines}
  if java_fits "${JAVA_HOME:-}" "$tool"; then
    export JAVA_HOME
    return 0
  fi
  for dir in $dirs; do
    for candidate in "$dir"/* "$dir"/*/Contents/Home; do
      if java_fits "$candidate" "$tool"; then
        export JAVA_HOME=$candidate
        return 0
      fi
    done
  done
  if on_path=$(command -v "$tool" 2>/dev/null) && java_fits "$(home_of "$on_path")" "$tool"; then
    export JAVA_HOME
    JAVA_HOME=$(home_of "$on_path")
    return 0
  fi
  {
    echo "$who: no Java $DIPLOGRAPH_MIN_JAVA or newer found (diplograph is built on Jena 6, which needs Java $DIPLOGRAPH_MIN_JAVA)."
    if [ -n "${JAVA_HOME:-}" ]; then
      echo "  JAVA_HOME=$JAVA_HOME: $(describe_java "$JAVA_HOME" "$tool")"
    fi
    if [ -n "$on_path" ]; then
      echo "  $tool on PATH ($on_path): $(describe_java "$(home_of "$on_path")" "$tool")"
    fi
    echo "  Also looked in: $dirs (DIPLOGRAPH_JDK_DIRS, folders of Java homes, says where else to look)."
    echo "Install a JDK $DIPLOGRAPH_MIN_JAVA or newer (e.g. Eclipse Temurin 21, or your system's openjdk-21 package), or set JAVA_HOME to one."
  } >&2
  exit 1
}
