#!/bin/bash
# Mutation testing one area at a time (docs/quality.md), each against its own
# tests only: test/<area>/ and test/reliability/<area>.test-prop.ts. Much
# faster than `npm run mutation` (which runs every covering test of the whole
# suite against each mutant), and a lower bound on the full run's score.
# Usage: scripts/mutation-by-area.sh stats tiers schemas …
# Reports: reports/mutation/<area>/ (gitignored), with the clear-text log.
set -u
cd "$(dirname "$0")/.."
for area in "$@"; do
  mkdir -p "reports/mutation/$area"
  start=$(date +%s)
  npx stryker run \
    --mutate "src/$area/**/*.ts,!src/$area/index.ts" \
    --testFiles "test/$area/**/*.test.ts,test/$area/**/*.test-prop.ts,test/reliability/$area.test-prop.ts" \
    --reporters clear-text,progress-append-only,json,html \
    --ignorePatterns "dist,coverage,docs/api,.tmp" \
    > "reports/mutation/$area/log.txt" 2>&1
  status=$?
  cp reports/mutation/mutation.json reports/mutation/mutation.html "reports/mutation/$area/" 2>/dev/null
  echo "$area: exit $status, $(( $(date +%s) - start )) s; $(grep -E '^All files' "reports/mutation/$area/log.txt")"
done
