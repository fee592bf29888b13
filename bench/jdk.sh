# shellcheck shell=bash
# Sourced by the bench/*.sh scripts: sets and exports JAVA_HOME to a JDK 21 or newer, preferring
# $JAVA_HOME, then /usr/lib/jvm/temurin-25*, then any JDK under /usr/lib/jvm, then javac on PATH.

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

jdk_ok() {
  [[ -x $1/bin/java && -x $1/bin/javac ]] && (($(java_major "$1/bin/java") >= 21))
}

find_jdk() {
  if [[ -n ${JAVA_HOME:-} ]] && jdk_ok "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    return
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    if [[ -d $candidate ]] && jdk_ok "$candidate"; then
      echo "$candidate"
      return
    fi
  done
  if command -v javac >/dev/null; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if jdk_ok "$candidate"; then
      echo "$candidate"
      return
    fi
  fi
  echo "no JDK 21 or newer found: set JAVA_HOME or install one under /usr/lib/jvm (e.g. temurin-25-jdk)" >&2
  return 1
}

JAVA_HOME=$(find_jdk) || exit 2
export JAVA_HOME
