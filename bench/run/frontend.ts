import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Initial and lazy JavaScript of one production build. */
export interface BundleFigures {
  dir: string;
  initialFiles: string[];
  initialRaw: number;
  initialGzip: number;
  /** Every other JS file, largest first; `route`: loaded by a dynamic import() (a lazy route or component), else a shared chunk that such chunks import. */
  lazy: { file: string; raw: number; route: boolean }[];
}

export interface FrontendFigures {
  web: BundleFigures;
  scaffold: BundleFigures;
  angularVersion: string;
  materialVersion: string;
  scaffoldBuildSeconds: number;
}

const ROOT = resolve(__dirname, '..', '..');
const WEB_DIST = join(ROOT, 'dist', 'apps', 'web', 'browser');
/** `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")` (that one is lazy). */
const STATIC_IMPORT = /import\s*(?:[^()"';]*?from\s*)?["']\.\/([^"']+\.js)["']/g;
/** `import("./x.js")`: what the router (loadComponent/loadChildren) and @defer load. */
const DYNAMIC_IMPORT = /import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g;

/** Files that index.html loads (scripts and module preloads) plus everything they import statically. */
export function bundleFigures(dir: string): BundleFigures {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\.?\//, ''));
  const initial = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift() as string;
    if (initial.has(file) || !existsSync(join(dir, file))) continue;
    initial.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(match[1]);
  }
  const initialFiles = [...initial].sort();
  const buffers = initialFiles.map((file) => readFileSync(join(dir, file)));
  const scripts = readdirSync(dir).filter((file) => file.endsWith('.js'));
  const loadedDynamically = new Set(scripts.flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(DYNAMIC_IMPORT)].map((m) => m[1])));
  const lazy = scripts
    .filter((file) => !initial.has(file))
    .map((file) => ({ file, raw: statSync(join(dir, file)).size, route: loadedDynamically.has(file) }))
    .sort((a, b) => b.raw - a.raw);
  return {
    dir,
    initialFiles,
    initialRaw: buffers.reduce((sum, b) => sum + b.length, 0),
    // each file is transferred (and compressed) on its own
    initialGzip: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
    lazy,
  };
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Builds bench/scaffold (what `ng new` + `ng add @angular/material` produce: one standalone component,
 * the Material theme, a toolbar and a button) with the workspace's own @angular/build, with the same
 * production optimisation as the web app, in a folder under tmp/.
 */
export async function buildScaffold(workDir: string): Promise<{ dir: string; seconds: number }> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  cpSync(join(ROOT, 'bench', 'scaffold'), workDir, { recursive: true });
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ name: 'bench-scaffold', private: true }, null, 2));
  const angularJson = {
    version: 1,
    cli: { analytics: false },
    projects: {
      scaffold: {
        projectType: 'application',
        root: '',
        sourceRoot: 'src',
        architect: {
          build: {
            builder: '@angular/build:application',
            options: { browser: 'src/main.ts', index: 'src/index.html', tsConfig: 'tsconfig.json', styles: ['src/styles.scss'], outputPath: 'dist' },
            configurations: {
              production: { optimization: { scripts: true, styles: { minify: true, inlineCritical: false }, fonts: true }, outputHashing: 'all' },
            },
            defaultConfiguration: 'production',
          },
        },
      },
    },
  };
  writeFileSync(join(workDir, 'angular.json'), JSON.stringify(angularJson, null, 2));
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', '@angular', 'cli', 'bin', 'ng.js'), 'build', '--configuration', 'production'], {
    cwd: workDir,
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('exit', done);
  });
  if (code !== 0) throw new Error(`scaffold build failed (exit ${code}):\n${output}`);
  return { dir: join(workDir, 'dist', 'browser'), seconds: (Date.now() - started) / 1000 };
}

/** F1/F2: the web app's production bundle against the scaffold built in this run. */
export function measureFrontend(scaffold: { dir: string; seconds: number }): FrontendFigures {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`no web build in ${WEB_DIST}`);
  return {
    web: bundleFigures(WEB_DIST),
    scaffold: bundleFigures(scaffold.dir),
    angularVersion: packageVersion('@angular/core'),
    materialVersion: packageVersion('@angular/material'),
    scaffoldBuildSeconds: scaffold.seconds,
  };
}
