#!/usr/bin/env node
// Adds the lock-file entries npm leaves out when the registry it reaches lacks a platform build of an
// optional dependency (e.g. @pagefind/darwin-arm64 for the version we use): `npm ci` then refuses the
// lock as "out of sync". Each entry gets the version its parent asks for and the os/cpu/libc of the
// package's newest published build, so npm skips it on other platforms and never needs to download it.
// Run after `npm install` changes package-lock.json: node .ci/complete-lockfile.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/${key}`]) continue;
    const view = (field) => {
      const out = execFileSync('npm', ['view', name, field, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      return out ? JSON.parse(out) : undefined;
    };
    const platform = { cpu: view('cpu'), libc: view('libc'), os: view('os') };
    packages[key] = {
      version,
      ...Object.fromEntries(Object.entries(platform).filter(([, v]) => v !== undefined)),
      license: view('license'),
      optional: true,
    };
    added++;
    console.log(`added ${name}@${version} (${platform.os ?? 'any os'}, ${platform.cpu ?? 'any cpu'})`);
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `package-lock.json: ${added} entries added` : 'package-lock.json is complete');
