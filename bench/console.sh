#!/usr/bin/env bash
# The web console at a large council's size: the demo plus 5,000 people, their completions and 20,000 open enquiries;
# each page fetched as HR, the Hub, a department officer and the Monitoring Officer: p95 time and size per page,
# against the budget (p95 < 300 ms, < 200 KiB). Also bench/target/console-pages.json.
# Usage: ./bench/console.sh [--quick]     --quick: 500 people and 1,000 enquiries (indicative only)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests install -pl bench -am
exec java -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" uk.councilprotocol.bench.ConsolePages "$@"
