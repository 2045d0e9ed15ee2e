/**
 * The real user path: `npm pack`, install the tarball into a fresh project, and lint it through
 * the `eslint` command line with the plugin's flat config, on ESLint 10 and on ESLint 9 (the
 * `eslint9` npm alias), with `--concurrency auto` and with `--cache`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint10 = path.join(root, 'node_modules/eslint/bin/eslint.js');
const eslint9 = path.join(root, 'node_modules/eslint9/bin/eslint.js');
let project = '';

interface Result {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly fatal?: boolean; readonly message: string }[];
}

function lint(bin: string, args: string[]): { status: number; results: Result[] } {
  try {
    const stdout = execFileSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: project, encoding: 'utf8' });
    return { status: 0, results: JSON.parse(stdout) as Result[] };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    if (failed.status !== 1) throw new Error(`eslint exited ${String(failed.status)}: ${failed.stderr}`, { cause: error });
    return { status: 1, results: JSON.parse(failed.stdout) as Result[] };
  }
}

const summary = (results: Result[]): string[] =>
  results.flatMap((result) => result.messages.map((message) => `${path.relative(project, result.filePath)} ${String(message.ruleId)}`)).sort();

const EXPECTED = [
  'config/production.json secure-logging/no-debug-level-in-production',
  'src/app.js secure-logging/no-raw-bodies-in-logs',
  'src/app.js secure-logging/no-secrets-in-logs',
  'src/worker.js secure-logging/no-pii-in-logs',
];

beforeAll(() => {
  // Inside the repository's tmp/, so the project resolves nothing from the repository by accident:
  // the plugin and its dependencies come from the installed tarball.
  const parent = path.join(root, 'tmp');
  mkdirSync(parent, { recursive: true });
  project = mkdtempSync(path.join(parent, 'pack-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', path.join(project, tarball)], {
    cwd: project,
    stdio: 'pipe',
  });
  writeFileSync(
    path.join(project, 'eslint.config.js'),
    "import secureLogging from 'eslint-plugin-secure-logging';\n\nexport default [...secureLogging.configs.recommended];\n",
  );
  mkdirSync(path.join(project, 'src'));
  mkdirSync(path.join(project, 'config'));
  writeFileSync(
    path.join(project, 'src/app.js'),
    "import pino from 'pino';\nconst logger = pino();\napp.post('/login', (req, res) => {\n  logger.info({ password: req.body.password });\n  logger.info(req.body);\n});\n",
  );
  writeFileSync(path.join(project, 'src/worker.js'), "console.log('sending to', user.email);\n");
  writeFileSync(path.join(project, 'config/production.json'), '{ "logger": { "level": "debug" } }\n');
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package, installed', () => {
  it('ships the built code, docs and no tests', () => {
    const installed = path.join(project, 'node_modules/eslint-plugin-secure-logging');
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'docs', 'package.json']);
    expect(existsSync(path.join(installed, 'dist/src/runtime/redact.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'dist/test'))).toBe(false);
  });

  it('lints through the ESLint 10 command line', () => {
    const { status, results } = lint(eslint10, ['.']);
    expect(status).toBe(1);
    expect(summary(results)).toEqual(EXPECTED);
  });

  it('lints through the ESLint 9 command line', () => {
    const { status, results } = lint(eslint9, ['.']);
    expect(status).toBe(1);
    expect(summary(results)).toEqual(EXPECTED);
  });

  it('works with --concurrency auto', () => {
    const { results } = lint(eslint10, ['--concurrency', 'auto', '.']);
    expect(summary(results)).toEqual(EXPECTED);
  });

  it('works with --cache: the second run reads the cache and finds the same', () => {
    const cache = path.join(project, '.eslintcache');
    const first = lint(eslint10, ['--cache', '--cache-location', cache, '.']);
    expect(existsSync(cache)).toBe(true);
    const second = lint(eslint10, ['--cache', '--cache-location', cache, '.']);
    expect(summary(second.results)).toEqual(summary(first.results));
    expect(summary(second.results)).toEqual(EXPECTED);
  });

  it('runs the bundled secure-logging command', () => {
    const bin = path.join(project, 'node_modules/.bin/secure-logging');
    let status = 0;
    try {
      execFileSync(bin, ['src'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
  });
});
