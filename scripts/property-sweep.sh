#!/usr/bin/env bash
# Runs every fast-check property suite under N fresh random seeds (default 10) and lists the
# failures with their seeds. CI runs one fixed seed (test/support/fast-check-seed.js); this is how
# new inputs get explored. Reproduce a failure with: FC_SEED=<seed> npx jest <file>
#   bash scripts/property-sweep.sh [runs]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
files=$(grep -rl "from \"fast-check\"" src test --include=*.test.ts --include=*.test.tsx | sort)
failed=0
for i in $(seq 1 "$runs"); do
  seed=$(( (RANDOM << 15 | RANDOM) ))
  if ! FC_SEED=$seed npx jest --maxWorkers=1 --silent $files >/tmp/property-sweep-$seed.log 2>&1; then
    failed=$((failed + 1))
    echo "seed $seed: FAILED — $(grep -E '^FAIL ' /tmp/property-sweep-$seed.log | tr '\n' ' ') (log /tmp/property-sweep-$seed.log)"
  else
    echo "seed $seed: passed"
  fi
done
echo "$failed of $runs seeds failed"
[ "$failed" -eq 0 ]
