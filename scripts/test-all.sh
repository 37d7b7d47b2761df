#!/usr/bin/env bash
# Every test the project has, in the order that fails fastest: static checks, unit tests,
# build, then end-to-end tests against the built app. Ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

echo '== lint'
npm run --silent lint
echo '== type check'
npm run --silent check
echo '== unit tests'
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json || unit_status=$?
echo '== build'
npm run --silent build
echo '== end-to-end tests'
node scripts/ensure-chromium.js
e2e_status=0
CI=1 npx playwright test || e2e_status=$?

node scripts/test-summary.js reports/unit.json reports/e2e.json
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
