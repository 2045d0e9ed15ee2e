/**
 * Cross-file analysis through the real `ESLint` class and command line: a logger, helpers and an
 * error reporter defined in other modules of a fixture project (relative imports, an `index`
 * re-export, a namespace import, a jsconfig path alias and a package `#import`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { createEslint, summarize } from '../support/eslint-project.js';

const project = fileURLToPath(new URL('../fixtures/cross-file', import.meta.url));
const eslintBin = fileURLToPath(new URL('../../node_modules/eslint/bin/eslint.js', import.meta.url));

const EXPECTED = [
  "src/routes.js:12:24 no-secrets-in-logs 'token' looks like a secret and reaches `logger.info()`.",
  "src/routes.js:14:19 no-raw-bodies-in-logs 'req.body' carries the raw request body and reaches `audit()`; log the fields you need.",
  "src/routes.js:19:29 no-raw-bodies-in-logs 'req.headers' carries the raw request headers and reaches `helpers.notify()`; log the fields you need.",
  "src/routes.js:23:34 no-secrets-in-logs 'password' looks like a secret and reaches `aliased.error()`.",
  "src/routes.js:24:42 no-raw-bodies-in-logs 'req.cookies' carries the raw request cookies (with a secret: 'cookies') and reaches `reporter.security()`; log the fields you need.",
  "src/routes.js:30:33 no-log-injection 'req.query.q' is the client's own text and reaches `textLogger.warn()`, which writes it into a line of text as it is: a line break in it forges a log line. Neutralise it with logSafe().",
];

const work = mkdtempSync(path.join(tmpdir(), 'secure-logging-cross-file-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function cli(args: readonly string[]): ESLint.LintResult[] {
  try {
    return JSON.parse(execFileSync(process.execPath, [eslintBin, '--format', 'json', ...args, '.'], { cwd: project, encoding: 'utf8' })) as ESLint.LintResult[];
  } catch (error) {
    const output = (error as { stdout?: string }).stdout;
    if (!output) throw error;
    return JSON.parse(output) as ESLint.LintResult[];
  }
}

describe('cross-file analysis', () => {
  it('reads loggers, helpers and methods from the modules a file imports (ESLint class)', async () => {
    const results = await createEslint(project).lintFiles(['.']);
    expect(summarize(results, project)).toEqual(EXPECTED);
  });

  it('finds the same from the command line with --concurrency auto', () => {
    expect(summarize(cli(['--concurrency', 'auto']), project)).toEqual(EXPECTED);
  });

  it('finds the same with --cache, on the first run and from the cache', () => {
    const cache = ['--cache', '--cache-location', path.join(work, 'cache')];
    expect(summarize(cli(cache), project)).toEqual(EXPECTED);
    expect(summarize(cli(cache), project)).toEqual(EXPECTED);
  });
});
