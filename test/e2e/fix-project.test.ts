import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEslint, summarize } from '../support/eslint-project.js';

const fixture = fileURLToPath(new URL('../fixtures/project', import.meta.url));

describe('fixture project through the ESLint class', () => {
  let workdir: string;

  beforeAll(() => {
    workdir = mkdtempSync(join(tmpdir(), 'secure-logging-e2e-'));
    cpSync(fixture, workdir, { recursive: true });
  });

  afterAll(() => {
    rmSync(workdir, { recursive: true, force: true });
  });

  it('reports the leaks and nothing else', async () => {
    const results = await createEslint(workdir).lintFiles(['src']);
    expect(summarize(results, workdir)).toEqual([
      "src/service.js:6:32 no-secrets-in-logs 'password' looks like a secret and reaches `logger.info()`.",
      "src/service.js:7:24 no-secrets-in-logs 'token' looks like a secret and reaches `logger.warn()`.",
      "src/service.js:8:20 no-secrets-in-logs 'credentials' looks like a secret and reaches `logger.info()`.",
      "src/service.js:9:32 no-secrets-in-logs 'apiKey' looks like a secret and reaches `logger.error()`.",
      "src/worker.cjs:7:37 no-secrets-in-logs 'secret' looks like a secret and reaches `log.info()`.",
    ]);
  });

  it('--fix wraps every value once, imports once, and a second run changes nothing', async () => {
    const results = await createEslint(workdir, { fix: true }).lintFiles(['src']);
    await ESLint.outputFixes(results);
    expect(summarize(results, workdir)).toEqual([]);

    const service = readFileSync(join(workdir, 'src/service.js'), 'utf8');
    expect(service).toBe(
      [
        "import pino from 'pino';",
        "import { redact } from '@secure-logging/redact';",
        '',
        'const logger = pino();',
        '',
        'export function login(user, password, token) {',
        "  logger.info({ user: user.id, password: redact(password) }, 'login');",
        '  logger.warn(`token ${redact(token)}`);',
        '  logger.info({ ...redact(user.credentials), at: Date.now() });',
        "  logger.error('failed for ' + redact(user.apiKey), { passwordLength: password.length });",
        '}',
        '',
      ].join('\n'),
    );
    const worker = readFileSync(join(workdir, 'src/worker.cjs'), 'utf8');
    expect(worker).toContain("const { redact } = require('@secure-logging/redact');");
    expect(worker).toContain('secret: redact(job.secret)');

    const again = await createEslint(workdir, { fix: true }).lintFiles(['src']);
    expect(again.every((result) => result.output === undefined)).toBe(true);
  });
});
