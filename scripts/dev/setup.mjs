// Set-up shared by `npm test` and `npm run demo`: npm packages, then Debian's browsers.
// Uses only Node built-ins, so it runs before node_modules exists.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', path: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'Firefox ESR', path: process.env.GLOSS_FIREFOX ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  // The browsers' Arabic UI, for the right-to-left e2e tests (tests/e2e/a11y.e2e.ts): the
  // extension's strings follow the browser's own language, which needs its language pack.
  { name: "Chromium's language packs", path: '/usr/lib/chromium/locales/ar.pak', pkg: 'chromium-l10n' },
  { name: "Firefox ESR's Arabic", path: '/usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi', pkg: 'firefox-esr-l10n-ar' },
];

function run(cmd, opts = {}) {
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`failed: ${cmd}`);
}

export function ensureNodeModules() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/vite')) return;
  console.error('[setup] installing npm packages (npm ci)…');
  // npm ci, never npm install: the lock file is the install, and a reader's clone stays
  // unmodified (issue #17). A refusal is a defect of the lock file: fix it, do not work round it.
  run('npm ci --no-audit --no-fund', { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Installs missing browsers with apt-get when root; otherwise says exactly what to run. */
export function ensureBrowsers({ need = ['chromium', 'firefox-esr', 'chromium-l10n', 'firefox-esr-l10n-ar'] } = {}) {
  const missing = BROWSERS.filter((b) => need.includes(b.pkg) && !existsSync(b.path));
  if (!missing.length) return;
  const pkgs = missing.map((b) => b.pkg).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`${missing.map((b) => b.name).join(' and ')} missing. Install with: sudo apt-get update && sudo apt-get install -y ${pkgs}`);
  }
  console.error(`[setup] installing ${pkgs} with apt-get…`);
  run('apt-get update -qq', { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(`apt-get install -y -qq --no-install-recommends ${pkgs}`, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = missing.filter((b) => !existsSync(b.path));
  if (still.length) throw new Error(`apt-get ran but ${still.map((b) => b.path).join(', ')} is still missing`);
}

export function gitVersion() {
  try { return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
}
