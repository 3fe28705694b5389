#!/usr/bin/env bash
# Starts the whole platform on this machine with demo data: PostgreSQL, Kafka, an SMTP server whose mail
# you can read in a browser, and the four services and the web console. Ctrl-C stops everything.
#   --no-demo            start with empty data
#   --smoke              start, load the demo, call every service once, stop and exit (what CI runs)
#   --today YYYY-MM-DD   run as if it were that day (the services' clocks start at 10:00 that day)
#   --port-offset N      every port plus N, when one of the usual ports is taken
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v java >/dev/null 2>&1; then
  echo "Could not start the platform: no 'java' on the PATH; install JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)" >&2
  exit 1
fi
java_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
java_major=${java_version#1.}
java_major=${java_major%%.*}
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
  echo "Could not start the platform: Java ${java_version:-of an unknown version} is on the PATH, and 17 or newer is needed; set JAVA_HOME and PATH to a JDK 17" >&2
  exit 1
fi

if ! ./mvnw -q -B -DskipTests install; then
  echo "Could not start the platform: the build failed (its errors are above)" >&2
  exit 1
fi
exec java -cp "deploy/launcher/target/classes:$(cat deploy/launcher/target/runtime-classpath.txt)" \
  uk.councilprotocol.deploy.LocalPlatform "$@"
