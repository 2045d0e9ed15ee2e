/**
 * A fix is judged by running it. Each scenario under test/fixtures/runnable leaks a planted secret
 * through a real logger (pino, winston, bunyan, console), with a real Express server and real
 * axios calls on loopback. The test runs every scenario as written (the secret must reach the
 * output: the scenario really leaks), applies `--fix` through the ESLint class, and runs it again:
 * it must exit 0, the secret must be gone, and what makes the line useful must still be there.
 *
 * The examples and the fixture project are fixed the same way; every fixed file must load, and
 * the fixture project's login, called with planted secrets, must log none of them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEslint, summarize } from '../support/eslint-project.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'planted-secret-7f3a9c51';

interface Scenario {
  readonly file: string;
  /** Text the fixed program still writes: the log line stays useful. */
  readonly keeps: readonly string[];
  /** Text the fixed source contains. */
  readonly fixedSource: readonly string[];
}

const SCENARIOS: readonly Scenario[] = [
  { file: 'axios-error.js', keeps: ['"status":401', 'Request failed with status code 401', '"code":"ERR_BAD_REQUEST"'], fixedSource: ['logger.error({ message: err.message, status: err.response?.status, code: err.code })'] },
  { file: 'client-error.js', keeps: ['"type":"Error"', 'Request failed with status code 401', '"status":401', '/deny?access_token=[REDACTED]'], fixedSource: ['logger.error(redact(error))'] },
  { file: 'whole-request.js', keeps: ['"method":"POST"', '"path":"/login"'], fixedSource: ['logger.info({ method: req.method, path: req.path })'] },
  { file: 'request-redact.js', keeps: ['"method":"POST"', '"url":"/login?token=[REDACTED]"', '"cookie":"[REDACTED]"'], fixedSource: ["logger.info('login request', { req: redact(req) })"] },
  { file: 'nested-card.js', keeps: ['"brand":"visa"', '"plan":"pro"', '"number":"[REDACTED]"'], fixedSource: ['log.info({ customer: redact(customer) }'] },
  { file: 'pino-redact-option.js', keeps: ['"user":"ann"', '"password":"[REDACTED]"'], fixedSource: ["import { redact as redactForLog } from '@secure-logging/redact';", 'password: redactForLog(password)'] },
  { file: 'redact-option.js', keeps: ['refreshing', "token: '[REDACTED]'"], fixedSource: ['token: redactForLog(token)'] },
  { file: 'winston-meta.js', keeps: ['"user":"ann"', '"password":"[REDACTED]"'], fixedSource: ['password: redact(password)'] },
  {
    file: 'connection-url.js',
    keeps: ['"host":"db.internal:5432"', '"target":"[REDACTED]"', '"databaseUrl":"postgres://[REDACTED]@db.internal:5432/orders"'],
    fixedSource: ['target: redact(url.href), databaseUrl: redact(databaseUrl)'],
  },
  {
    file: 'http-logger-pino.js',
    keeps: ['"method":"POST"', '"authorization":"[Redacted]"', '"cookie":"[Redacted]"', '"set-cookie":"[Redacted]"', '"statusCode":204'],
    fixedSource: ['app.use(pinoHttp({ redact: [\'req.headers.authorization\', \'req.headers.cookie\', \'res.headers["set-cookie"]\'] }));'],
  },
  {
    file: 'http-logger-winston.js',
    keeps: ['"x-trace":"trace-1"', '"method":"POST"', '"statusCode":204'],
    fixedSource: ["format: winston.format.json(), headerBlacklist: ['authorization', 'cookie'] }"],
  },
  { file: 'cjs/no-imports.js', keeps: ['calling partner with', "apiKey: '[REDACTED]'"], fixedSource: ["const { redact } = require('@secure-logging/redact');"] },
  { file: 'cjs/aliased.js', keeps: ['loaded', "secret: '[REDACTED]'"], fixedSource: ['secret: hide(secret)'] },
];

let workdir = '';
let examples = '';
const before = new Map<string, ReturnType<typeof run>>();

function run(cwd: string, file: string) {
  const result = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', env: { ...process.env, PLANTED: SECRET }, timeout: 30_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function fixAll(directory: string): Promise<ESLint.LintResult[]> {
  const results = await createEslint(directory, { fix: true }).lintFiles(['.']);
  await ESLint.outputFixes(results);
  return results;
}

beforeAll(async () => {
  // Inside the repository's tmp/, so the scenarios resolve pino, express and the runtime from the
  // repository's node_modules.
  const parent = path.join(root, 'tmp');
  mkdirSync(parent, { recursive: true });
  workdir = mkdtempSync(path.join(parent, 'fix-runs-'));
  cpSync(path.join(root, 'test/fixtures/runnable'), workdir, { recursive: true });
  for (const scenario of SCENARIOS) before.set(scenario.file, run(workdir, scenario.file));
  await fixAll(workdir);
  examples = mkdtempSync(path.join(parent, 'fix-examples-'));
  cpSync(path.join(root, 'examples/src'), path.join(examples, 'examples'), { recursive: true });
  cpSync(path.join(root, 'test/fixtures/project/src'), path.join(examples, 'project'), { recursive: true });
  await fixAll(examples);
}, 120_000);

afterAll(() => {
  for (const directory of [workdir, examples]) if (directory) rmSync(directory, { recursive: true, force: true });
});

describe.each(SCENARIOS)('$file', (scenario) => {
  it('leaks the planted secret as written', () => {
    const result = before.get(scenario.file);
    expect(result?.status, result?.output).toBe(0);
    expect(result?.output).toContain(SECRET);
  });

  it('after --fix: runs, the secret is gone, the line stays useful', () => {
    const source = readFileSync(path.join(workdir, scenario.file), 'utf8');
    for (const text of scenario.fixedSource) expect(source).toContain(text);
    const result = run(workdir, scenario.file);
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain(SECRET);
    for (const text of scenario.keeps) expect(result.output).toContain(text);
  });
});

describe('the fixed scenarios', () => {
  it('converged: a second lint finds nothing, and each file imports the runtime at most once', async () => {
    const results = await createEslint(workdir).lintFiles(['.']);
    expect(summarize(results, workdir)).toEqual([]);
    for (const scenario of SCENARIOS) {
      const source = readFileSync(path.join(workdir, scenario.file), 'utf8');
      expect(source.split('@secure-logging/redact').length - 1, scenario.file).toBeLessThanOrEqual(1);
    }
  });
});

describe('the examples and the fixture project, fixed', () => {
  const loadable = ['examples/app.js', 'examples/accounts.js', 'examples/billing.js', 'examples/users.js', 'examples/express-payloads.js', 'examples/legacy.cjs', 'project/service.js', 'project/worker.cjs'];

  it.each(loadable)('%s loads', (file) => {
    const specifier = `./${file}`;
    const script = file.endsWith('.cjs') ? `require(${JSON.stringify(specifier)})` : `import(${JSON.stringify(specifier)}).catch((error) => { console.error(error); process.exit(1); })`;
    const result = spawnSync(process.execPath, [...(file.endsWith('.cjs') ? [] : ['--input-type=module']), '-e', script], { cwd: examples, encoding: 'utf8', timeout: 30_000 });
    expect(result.status, result.stderr).toBe(0);
  });

  it('every fixed file parses and nothing fixable is left', async () => {
    const results = await createEslint(examples, { fix: true }).lintFiles(['.']);
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal === true))).toEqual([]);
    expect(results.filter((result) => result.output !== undefined).map((result) => result.filePath)).toEqual([]);
  });

  it("the fixture project's login, called with planted secrets, logs none of them", () => {
    const script = [
      "import('./project/service.js').then(({ login }) => {",
      `  const secret = ${JSON.stringify(SECRET)};`,
      '  login({ id: 1, credentials: { password: secret, user: "ann" }, apiKey: secret }, secret, secret);',
      "  require('./project/worker.cjs')({ id: 2, secret });",
      '});',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: examples, encoding: 'utf8', timeout: 30_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('"msg":"login"');
    expect(result.stdout).toContain('"jobId":2');
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });
});
