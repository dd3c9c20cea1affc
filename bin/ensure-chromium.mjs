#!/usr/bin/env node
// End-to-end tests run in Debian's Chromium (Playwright cannot download its own browsers here).
// Installs it when missing and we are root with apt; otherwise says how, in one line.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (path === '/usr/bin/chromium' && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found: installing Debian\'s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(path)) process.exit(0);
}
console.error(`Chromium not found at ${path}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`);
process.exit(1);
