#!/usr/bin/env node
// `npm run demo`: sets everything up, builds Gloss and shows it at work on the bundled
// demo article. With a display it opens Chromium (or Firefox with --firefox) with Gloss
// loaded; without one it runs headless and writes screenshots, printing their paths.
import { spawnSync } from 'node:child_process';
import { ensureBrowsers, ensureNodeModules } from './setup.mjs';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
try {
  ensureNodeModules();
  ensureBrowsers({ need: [firefox ? 'firefox-esr' : 'chromium'] });
} catch (e) {
  console.error(`Gloss demo: ${e.message}`);
  process.exit(1);
}
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['tsx', 'scripts/dev/demo-run.ts', ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
