#!/usr/bin/env bash
# The fault suite: starts the platform on free ports, keeps the Hub logging enquiries while each part fails in turn
# (services killed, Kafka killed, SMTP down, PostgreSQL stopped), and counts the acknowledgements at the SMTP server.
# Usage: ./bench/faults.sh [--quick]      exits 1 if any accepted enquiry's acknowledgement was lost or sent twice
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests install -pl bench -am
exec java -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" uk.councilprotocol.bench.Faults "$@"
