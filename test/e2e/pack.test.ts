/**
 * The real user path: pack both packages, install the tarballs into fresh projects the way the
 * README says (the plugin as a devDependency, `@secure-logging/redact` as a dependency), then check
 * the tree, lint through the `eslint` command line (ESLint 10 and 9, `--concurrency`, `--cache`),
 * fix, run the fixed code with production dependencies only, and compile the fixed TypeScript
 * under every module resolution.
 *
 * Installs use `--prefer-offline`: the npm cache is used when it has a package, the registry
 * otherwise, so the test passes with an empty cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint10 = path.join(root, 'node_modules/eslint/bin/eslint.js');
const eslint9 = path.join(root, 'node_modules/eslint9/bin/eslint.js');
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund'];
const SECRET = 'planted-hunter2-secret';

let workspace = '';
let js = '';
let ts = '';
let pluginTarball = '';
let runtimeTarball = '';

interface Result {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly fatal?: boolean; readonly message: string }[];
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function lint(project: string, bin: string, args: string[]): { status: number; results: Result[] } {
  const run = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: project, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint exited ${String(run.status)}: ${run.stderr}`);
  return { status: run.status, results: JSON.parse(run.stdout) as Result[] };
}

const summary = (project: string, results: Result[]): string[] =>
  results.flatMap((result) => result.messages.map((message) => `${path.relative(project, result.filePath)} ${String(message.ruleId)}`)).sort();

/** Every installed package under `node_modules` (nested ones included), by folder. */
function installedPackages(project: string): { name: string; folder: string }[] {
  const found: { name: string; folder: string }[] = [];
  const visitModules = (modules: string): void => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const folder = path.join(modules, entry);
      if (entry.startsWith('@')) {
        for (const scoped of readdirSync(folder)) visitPackage(path.join(folder, scoped), `${entry}/${scoped}`);
      } else {
        visitPackage(folder, entry);
      }
    }
  };
  const visitPackage = (folder: string, name: string): void => {
    if (!existsSync(path.join(folder, 'package.json'))) return;
    found.push({ name, folder });
    visitModules(path.join(folder, 'node_modules'));
  };
  visitModules(path.join(project, 'node_modules'));
  return found;
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

function treeReport(project: string): { packages: number; megabytes: number } {
  return { packages: installedPackages(project).length, megabytes: Math.round(folderBytes(path.join(project, 'node_modules')) / 1e5) / 10 };
}

function write(project: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}

function newProject(name: string, type: 'module' | 'commonjs'): string {
  const project = path.join(workspace, name);
  mkdirSync(project);
  write(project, 'package.json', `${JSON.stringify({ name, version: '1.0.0', private: true, type }, null, 2)}\n`);
  return project;
}

function setUpJavaScriptProject(): void {
  js = newProject('user-js', 'module');
  npm(['install', '--save-dev', ...INSTALL_FLAGS, `eslint@${versionOf('eslint')}`, pluginTarball], js);
  npm(['install', '--save', ...INSTALL_FLAGS, runtimeTarball], js);
  write(js, 'eslint.config.js', "import secureLogging from 'eslint-plugin-secure-logging';\n\nexport default [...secureLogging.configs.recommended];\n");
  write(
    js,
    'src/app.js',
    "import pino from 'pino';\nconst logger = pino();\napp.post('/login', (req, res) => {\n  logger.info({ password: req.body.password });\n  logger.info(req.body);\n});\n",
  );
  write(js, 'src/worker.js', "console.log('sending to', user.email);\n");
  write(js, 'config/production.json', '{ "logger": { "level": "debug" } }\n');
}

function setUpTypeScriptProject(): void {
  // A NestJS-style project: CommonJS output, `moduleResolution: node10` by default.
  ts = newProject('user-ts', 'commonjs');
  const dev = [`eslint@${versionOf('eslint')}`, `typescript@${versionOf('typescript')}`, `typescript-eslint@${versionOf('typescript-eslint')}`];
  npm(['install', '--save-dev', ...INSTALL_FLAGS, ...dev, pluginTarball], ts);
  npm(['install', '--save', ...INSTALL_FLAGS, runtimeTarball], ts);
  write(
    ts,
    'eslint.config.mjs',
    [
      "import { defineConfig } from 'eslint/config';",
      "import secureLogging from 'eslint-plugin-secure-logging';",
      "import tseslint from 'typescript-eslint';",
      '',
      'export default defineConfig(secureLogging.configs.recommended, {',
      "  files: ['**/*.ts'],",
      '  languageOptions: { parser: tseslint.parser },',
      '});',
      '',
    ].join('\n'),
  );
  write(
    ts,
    'src/service.ts',
    `export function login(user: string): void {\n  const password: string = '${SECRET}';\n  console.log('login', { user, password });\n}\n\nlogin('ann');\n`,
  );
  write(ts, 'src/subpath.ts', "import { redact } from 'eslint-plugin-secure-logging/redact';\n\nexport const masked: unknown = redact('x');\n");
}

beforeAll(() => {
  // Inside the repository's tmp/, so that a project resolves nothing from the repository by
  // accident: the packages and their dependencies come from the tarballs and the registry.
  const parent = path.join(root, 'tmp');
  mkdirSync(parent, { recursive: true });
  workspace = mkdtempSync(path.join(parent, 'pack-'));
  // `npm test` has built both packages; --ignore-scripts keeps prepack from rebuilding dist/ under
  // the other test files. The pre-commit test packs a fresh clone with its prepack script.
  const packed = (args: string[]): string =>
    path.join(workspace, npm(['pack', '--silent', '--ignore-scripts', '--pack-destination', workspace, ...args], root).trim().split('\n').at(-1) ?? '');
  pluginTarball = packed([]);
  runtimeTarball = packed(['--workspace', '@secure-logging/redact']);
  setUpJavaScriptProject();
  setUpTypeScriptProject();
}, 600_000);

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

const EXPECTED = [
  'config/production.json secure-logging/no-debug-level-in-production',
  'src/app.js secure-logging/no-raw-bodies-in-logs',
  'src/app.js secure-logging/no-secrets-in-logs',
  'src/worker.js secure-logging/no-pii-in-logs',
];

describe('the packed packages, installed in a JavaScript project', () => {
  it('ship built code and docs, no tests; the plugin bundles the runtime it re-exports', () => {
    const plugin = path.join(js, 'node_modules/eslint-plugin-secure-logging');
    expect(readdirSync(plugin).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'docs', 'node_modules', 'package.json']);
    expect(readdirSync(path.join(plugin, 'dist')).sort()).toEqual(['rules', 'src']);
    expect(existsSync(path.join(plugin, 'node_modules/@secure-logging/redact/dist/esm/index.js'))).toBe(true);
    const runtime = path.join(js, 'node_modules/@secure-logging/redact');
    expect(readdirSync(runtime).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    const manifest = JSON.parse(readFileSync(path.join(runtime, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(manifest.dependencies).toBeUndefined();
  });

  it('gives a consistent tree: npm ls --all exits 0, one ESLint, no TypeScript', () => {
    expect(spawnSync('npm', ['ls', '--all'], { cwd: js, encoding: 'utf8' }).status).toBe(0);
    const packages = installedPackages(js);
    expect(packages.filter((found) => found.name === 'eslint').map((found) => path.relative(js, found.folder))).toEqual(['node_modules/eslint']);
    expect(packages.filter((found) => found.name === 'typescript' || found.name.startsWith('@typescript-eslint/') && found.name !== '@typescript-eslint/types')).toEqual([]);
    const report = treeReport(js);
    console.info(`JavaScript project, dev install: ${String(report.packages)} packages, ${String(report.megabytes)} MB`);
    expect(report.packages).toBeLessThan(150);
  });

  it('lints through the ESLint 10 command line', () => {
    const { status, results } = lint(js, eslint10, ['.']);
    expect(status).toBe(1);
    expect(summary(js, results)).toEqual(EXPECTED);
  });

  it('lints through the ESLint 9 command line', () => {
    const { status, results } = lint(js, eslint9, ['.']);
    expect(status).toBe(1);
    expect(summary(js, results)).toEqual(EXPECTED);
  });

  it('works with --concurrency auto', () => {
    expect(summary(js, lint(js, eslint10, ['--concurrency', 'auto', '.']).results)).toEqual(EXPECTED);
  });

  it('works with --cache: the second run reads the cache and finds the same', () => {
    const cache = path.join(js, '.eslintcache');
    const first = lint(js, eslint10, ['--cache', '--cache-location', cache, '.']);
    expect(existsSync(cache)).toBe(true);
    const second = lint(js, eslint10, ['--cache', '--cache-location', cache, '.']);
    expect(summary(js, second.results)).toEqual(summary(js, first.results));
    expect(summary(js, second.results)).toEqual(EXPECTED);
  });

  it('runs the bundled secure-logging command with the project config', () => {
    const run = spawnSync(path.join(js, 'node_modules/.bin/secure-logging'), ['src'], { cwd: js, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('secure-logging: config: eslint.config.js');
  });

  it('both packages load from ESM and from CommonJS', () => {
    const esm = [
      "import { logSafe, redact } from '@secure-logging/redact';",
      "import plugin from 'eslint-plugin-secure-logging';",
      "import viaPlugin from 'eslint-plugin-secure-logging/redact';",
      "console.log(JSON.stringify([redact({ password: 'p', id: 1 }), viaPlugin('s'), Object.keys(plugin.rules).length, logSafe('a\\nb')]));",
    ].join('\n');
    const cjs = [
      "const { logSafe, redact } = require('@secure-logging/redact');",
      "const plugin = require('eslint-plugin-secure-logging');",
      "const viaPlugin = require('eslint-plugin-secure-logging/redact');",
      "console.log(JSON.stringify([redact({ password: 'p', id: 1 }), viaPlugin.redact('s'), Object.keys(plugin.rules).length, logSafe('a\\nb')]));",
    ].join('\n');
    const expected = [{ password: '[REDACTED]', id: 1 }, '[REDACTED]', 7, 'a\\nb'];
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', esm], { cwd: js, encoding: 'utf8' }))).toEqual(expected);
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=commonjs', '-e', cjs], { cwd: js, encoding: 'utf8' }))).toEqual(expected);
  });

  it('loads from a CommonJS eslint.config.cjs', () => {
    const app = path.join(js, 'cjs-app');
    write(app, 'package.json', '{ "private": true, "type": "commonjs" }\n');
    write(app, 'eslint.config.cjs', "const secureLogging = require('eslint-plugin-secure-logging');\n\nmodule.exports = [...secureLogging.configs.recommended];\n");
    write(app, 'index.js', "const logger = require('pino')();\nlogger.info({ apiKey: process.env.API_KEY });\n");
    const { status, results } = lint(app, eslint10, ['index.js']);
    expect(status).toBe(1);
    expect(summary(app, results)).toEqual(['index.js secure-logging/no-secrets-in-logs']);
    rmSync(app, { recursive: true });
  });

  it('the fixed code runs with production dependencies only and logs no secret', () => {
    write(js, 'src/login.js', `const password = '${SECRET}';\nconsole.log('login', { user: 'ann', password });\n`);
    write(js, 'src/legacy.cjs', `const token = '${SECRET}';\nconsole.info('calling upstream with', token);\n`);
    const fixed = spawnSync(process.execPath, [eslint10, '--fix', 'src/login.js', 'src/legacy.cjs'], { cwd: js, encoding: 'utf8' });
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    expect(readFileSync(path.join(js, 'src/login.js'), 'utf8')).toContain("import { redact } from '@secure-logging/redact';");
    expect(readFileSync(path.join(js, 'src/legacy.cjs'), 'utf8')).toContain("const { redact } = require('@secure-logging/redact');");
    npm(['ci', '--omit=dev', ...INSTALL_FLAGS], js);
    expect(existsSync(path.join(js, 'node_modules/eslint'))).toBe(false);
    const report = treeReport(js);
    console.info(`JavaScript project, production install: ${String(report.packages)} packages, ${String(report.megabytes)} MB`);
    expect(report.packages).toBe(1);
    for (const file of ['src/login.js', 'src/legacy.cjs']) {
      const run = spawnSync(process.execPath, [file], { cwd: js, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('[REDACTED]');
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    }
  });
});

describe('the packed packages, installed in a TypeScript project', () => {
  it('gives a consistent tree: npm ls --all exits 0, one ESLint', () => {
    expect(spawnSync('npm', ['ls', '--all'], { cwd: ts, encoding: 'utf8' }).status).toBe(0);
    expect(installedPackages(ts).filter((found) => found.name === 'eslint')).toHaveLength(1);
    const report = treeReport(ts);
    console.info(`TypeScript project, dev install: ${String(report.packages)} packages, ${String(report.megabytes)} MB`);
  });

  it('fixes the leak, and the fixed code compiles under node10, node16 and bundler resolution', () => {
    const fixed = spawnSync(process.execPath, [eslint10, '--fix', 'src'], { cwd: ts, encoding: 'utf8' });
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    const service = readFileSync(path.join(ts, 'src/service.ts'), 'utf8');
    expect(service).toContain("import { redact } from '@secure-logging/redact';");
    expect(service).toContain('password: redact(password)');
    const tsc = path.join(ts, 'node_modules/typescript/bin/tsc');
    const settings: Record<string, object> = {
      node10: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' },
      node16: { module: 'node16', moduleResolution: 'node16' },
      bundler: { module: 'preserve', moduleResolution: 'bundler' },
    };
    for (const [name, options] of Object.entries(settings)) {
      const config = { compilerOptions: { ...options, target: 'es2022', strict: true, types: [], rootDir: 'src', outDir: `dist-${name}` }, include: ['src'] };
      write(ts, `tsconfig.${name}.json`, JSON.stringify(config));
      const run = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: ts, encoding: 'utf8' });
      expect(run.status, `${name}: ${run.stdout}`).toBe(0);
    }
    npm(['ci', '--omit=dev', ...INSTALL_FLAGS], ts);
    const run = spawnSync(process.execPath, ['dist-node10/service.js'], { cwd: ts, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("password: '[REDACTED]'");
    expect(run.stdout).not.toContain(SECRET);
  });
});
