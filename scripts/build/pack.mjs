// Packs dist/ for both stores: a zip for the Chrome Web Store, and the unsigned
// Firefox package made by web-ext build (the same files: one build loads in both).
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const { version } = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
mkdirSync('artifacts', { recursive: true });
const firefox = `artifacts/gloss-${version}-firefox.zip`;
const chrome = `artifacts/gloss-${version}-chrome.zip`;
rmSync(firefox, { force: true });
const r = spawnSync('npx', ['web-ext', 'build', '--source-dir', 'dist', '--artifacts-dir', 'artifacts',
  '--filename', `gloss-${version}-firefox.zip`, '--overwrite-dest'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (r.status !== 0) process.exit(r.status ?? 1);
copyFileSync(firefox, chrome);
console.error(`packed ${chrome} and ${firefox}`);
