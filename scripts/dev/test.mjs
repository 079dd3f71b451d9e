#!/usr/bin/env node
// `npm test`: sets up what is missing, then runs every tier and ends with one line
// "N passed, N failed" counting them all: type check, layer rules, knowledge-base checks, unit tests,
// build, web-ext lint, and end-to-end tests in Chromium and Firefox.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers, ensureNodeModules } from './setup.mjs';

const tally = { passed: 0, failed: 0 };
const failures = [];

function step(name, cmd, args) {
  console.error(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  ok ? tally.passed++ : (tally.failed++, failures.push(name));
  return ok;
}

/** Runs vitest with a JSON report and adds its test counts to the tally. */
function vitest(name, args) {
  mkdirSync('test-results', { recursive: true });
  const out = `test-results/${name}.json`;
  rmSync(out, { force: true });
  console.error(`\n▶ ${name}: vitest ${args.join(' ')}`);
  const r = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { stdio: 'inherit' });
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests;
    if (report.numFailedTests) failures.push(`${name} (${report.numFailedTests} tests)`);
    if (r.status !== 0 && !report.numFailedTests) { tally.failed++; failures.push(`${name} (suite error)`); }
    if (report.numTotalTests === 0) { tally.failed++; failures.push(`${name} ran no test`); }
  } catch {
    tally.failed++;
    failures.push(`${name} (no report)`);
  }
}

try {
  ensureNodeModules();
  ensureBrowsers();
} catch (e) {
  console.error(`\n✖ set-up: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

step('type check', 'npx', ['tsc', '-p', '.']);
step('layer rules', 'npx', ['tsx', 'scripts/build/check-layers.ts']);
step('knowledge-base checks', 'npx', ['tsx', 'scripts/cli/kb-check.ts']);
vitest('unit', []);
const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  step('web-ext lint', 'node', ['scripts/build/lint-ext.mjs']);
  vitest('e2e', ['-c', 'vitest.e2e.config.ts']);
} else {
  tally.failed++;
  failures.push('e2e (not run: build failed)');
}

if (failures.length) console.error(`\nFailed: ${failures.join(', ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed ? 1 : 0);
