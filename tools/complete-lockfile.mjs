// Completes package-lock.json with the platform-specific optional dependencies (rollup, esbuild-like
// native bindings …) that npm could not resolve because the registry mirror lacks some of them.
// Without these entries `npm ci` refuses the lock file ("Missing: … from lock file"). Each added
// entry carries the package's os/cpu/libc, so npm skips it on other platforms and fetches it by
// name and version where it matches. Run after every `npm install`: node tools/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const REGISTRY = 'https://registry.npmjs.org/';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
const packuments = new Map();

async function platformOf(name, version) {
  if (!packuments.has(name)) {
    const response = await fetch(REGISTRY + name.replace('/', '%2f')).catch(() => null);
    packuments.set(name, response?.ok ? await response.json() : null);
  }
  const doc = packuments.get(name);
  const manifest = doc?.versions?.[version] ?? Object.values(doc?.versions ?? {}).at(-1);
  if (manifest) {
    return { os: manifest.os, cpu: manifest.cpu, libc: manifest.libc, license: manifest.license };
  }
  return guessFromName(name);
}

/** Platform from names like @rollup/rollup-linux-arm64-musl or sass-embedded-win32-x64. */
function guessFromName(name) {
  const osNames = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', win32: 'win32', openbsd: 'openbsd', openharmony: 'openharmony', sunos: 'sunos', aix: 'aix', netbsd: 'netbsd' };
  const cpuNames = ['arm64', 'arm', 'x64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => osNames[p]);
  const cpu = parts.find((p) => cpuNames.includes(p)) ?? (parts.includes('arm') ? 'arm' : undefined);
  const libc = parts.includes('musl') || parts.includes('musleabihf') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
  return { os: os ? [os] : ['none'], cpu: cpu ? [cpu] : ['none'], libc: libc ? [libc] : undefined };
}

/** Where Node would resolve `dep` from the package at `location`, or null. */
function resolves(location, dep) {
  let base = location;
  while (true) {
    const candidate = base ? `${base}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const index = base.lastIndexOf('/node_modules/');
    base = index === -1 ? '' : base.slice(0, index);
  }
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(location, dep) || !/^\d+\.\d+\.\d+/.test(range)) continue;
    const top = `node_modules/${dep}`;
    const target = packages[top] ? `${location}/node_modules/${dep}` : top;
    const platform = await platformOf(dep, range);
    packages[target] = Object.fromEntries(
      Object.entries({ version: range, cpu: platform.cpu, license: platform.license, optional: true, os: platform.os, libc: platform.libc })
        .filter(([, value]) => value !== undefined),
    );
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} optional platform entries`);
