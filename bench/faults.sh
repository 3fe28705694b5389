#!/usr/bin/env bash
# The fault suite: starts the platform on free ports, keeps the Hub logging enquiries and a department recording
# completions while each part fails in turn (services killed, Kafka killed, SMTP down, PostgreSQL stopped), and counts
# the acknowledgements at the SMTP server and the completion events notifications consumed.
# Usage: ./bench/faults.sh [--quick] [--brokers 3]
#                                         --brokers 3: Kafka as a cluster of three nodes (every topic replicated three
#                                         times, min.insync.replicas 2), one node killed under the load, then all three.
#                                         The suite exits 1 if any accepted enquiry's acknowledgement or completion's event
#                                         was lost or came twice (the same acknowledgement resent, its Message-ID
#                                         unchanged, is shown, and allowed only when notifications itself was killed)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests install -pl bench -am
exec java -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" uk.councilprotocol.bench.Faults "$@"
