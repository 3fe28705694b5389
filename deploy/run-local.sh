#!/usr/bin/env bash
# Starts the whole platform on this machine with demo data: PostgreSQL, Kafka, an SMTP server whose mail
# you can read in a browser, and the four services. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
exec java -cp "deploy/launcher/target/classes:$(cat deploy/launcher/target/runtime-classpath.txt)" \
  uk.councilprotocol.deploy.LocalPlatform "$@"
