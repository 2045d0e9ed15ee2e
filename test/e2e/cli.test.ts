import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = path.join(root, 'test/fixtures/cli');
const examples = path.join(root, 'examples');

class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(args: string[], options: { cwd?: string; tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = options.tty ?? false;
  const code = await main(args, { cwd: options.cwd ?? fixture, stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const ZERO_CONFIG = "secure-logging: config: the plugin's recommended config (the project has no eslint.config.*)\n";
const EXAMPLES_CONFIG = 'secure-logging: config: eslint.config.js\n';

/** A scratch folder outside the repository, removed after the tests. */
function scratch(prefix: string): string {
  const directory = mkdtempSync(path.join(tmpdir(), prefix));
  temporary.push(directory);
  return directory;
}

const temporary: string[] = [];

/** A copy of the fixture's sources in a scratch folder; a project root when `manifest` is set. */
function copyOfSources(prefix: string, manifest = false): string {
  const directory = scratch(prefix);
  cpSync(path.join(fixture, 'src'), path.join(directory, 'src'), { recursive: true });
  if (manifest) writeFileSync(path.join(directory, 'package.json'), '{ "private": true, "type": "module" }\n');
  return directory;
}
beforeAll(() => {
  // Git keeps no file that the fixture's own .gitignore ignores, so the ignored leak is made here.
  mkdirSync(path.join(fixture, 'ignored'), { recursive: true });
  writeFileSync(path.join(fixture, 'ignored/leak.js'), 'console.log(password);\n');
});
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

describe('secure-logging CLI', () => {
  it('zero config: finds the leak, skips .gitignore entries and unsupported files, exits 1', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(1);
    expect(stdout).toContain('src/leak.js');
    expect(stdout).toContain("'password' looks like a secret and reaches `logger.info()`");
    expect(stdout).not.toContain('ignored');
    expect(stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('exits 0 on clean files, TypeScript included, and says which config it used', async () => {
    expect(await run(['src/clean.ts'])).toEqual({ code: 0, stdout: '', stderr: ZERO_CONFIG });
  });

  it('lints the file list a pre-commit hook passes, skipping files no config covers', async () => {
    const { code, stdout } = await run(['src/clean.ts', 'src/leak.js', 'README.md', 'ignored/leak.js', '--format', 'json']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((result) => [path.relative(fixture, result.filePath), result.messages.map((message) => message.ruleId)])).toEqual([
      ['src/clean.ts', []],
      ['src/leak.js', ['secure-logging/no-secrets-in-logs']],
    ]);
  });

  it('writes SARIF 2.1.0 with rule metadata', async () => {
    const { code, stdout } = await run(['--format', 'sarif'], { cwd: examples });
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; level: string }[] }[];
    };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.version).toBe('2.1.0');
    const [runLog] = sarif.runs;
    expect(runLog?.tool.driver.name).toBe('secure-logging');
    expect(runLog?.results).toHaveLength(23);
    expect(runLog?.results.every((result) => result.level === 'error')).toBe(true);
    expect(runLog?.tool.driver.rules.map((rule) => rule.id).sort()).toEqual([
      'secure-logging/no-debug-level-in-production',
      'secure-logging/no-pii-in-logs',
      'secure-logging/no-raw-bodies-in-logs',
      'secure-logging/no-secrets-in-logs',
      'secure-logging/no-unredacted-http-logger',
    ]);
  });

  it('--config uses the project config; warnings pass unless --max-warnings is exceeded; --quiet drops them', async () => {
    const warned = await run(['--config', 'warn.config.js', 'src']);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('1 problem (0 errors, 1 warning)');
    const strict = await run(['--config', 'warn.config.js', '--max-warnings', '0', 'src']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('too many warnings (1); the maximum is 0.');
    const quiet = await run(['--config', 'warn.config.js', '--quiet', 'src']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--severity warn reports findings as warnings, so --max-warnings decides', async () => {
    const warned = await run(['--severity', 'warn', 'src']);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('1 problem (0 errors, 1 warning)');
    const gated = await run(['--severity', 'warn', '--max-warnings', '0', 'src']);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain('too many warnings (1); the maximum is 0.');
    const errors = await run(['--config', 'warn.config.js', '--severity', 'error', 'src']);
    expect(errors.code).toBe(1);
    expect(errors.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it("uses the project's eslint.config.*, says so, and reports only the plugin's findings", async () => {
    const project = copyOfSources('secure-logging-project-', true);
    const plugin = path.join(root, 'dist/src/index.js');
    writeFileSync(
      path.join(project, 'eslint.config.js'),
      `import secureLogging from ${JSON.stringify(plugin)};\n` +
        "export default [{ ignores: ['src/clean.ts'] }, ...secureLogging.configs.recommended, { rules: { 'no-unused-vars': 'error' } }];\n",
    );
    writeFileSync(path.join(project, 'src/unused.js'), 'const unused = 1;\n');
    const { code, stdout, stderr } = await run(['--format', 'json'], { cwd: project });
    expect(code).toBe(1);
    expect(stderr).toBe('secure-logging: config: eslint.config.js\n');
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((result) => [path.relative(project, result.filePath), result.messages.map((message) => message.ruleId)])).toEqual([
      ['eslint.config.js', []],
      ['package.json', []],
      ['src/leak.js', ['secure-logging/no-secrets-in-logs']],
      ['src/unused.js', []],
    ]);
    const lookupOff = await run(['--no-config-lookup', 'src/clean.ts'], { cwd: project });
    expect(lookupOff).toEqual({ code: 0, stdout: '', stderr: "secure-logging: config: the plugin's recommended config\n" });
  });

  it("adds the recommended config when the project's config does not turn the plugin on", async () => {
    const project = copyOfSources('secure-logging-plain-', true);
    writeFileSync(path.join(project, 'eslint.config.js'), "export default [{ ignores: ['**/*.ts'] }, { rules: { semi: 'error' } }];\n");
    const { code, stdout, stderr } = await run(['src'], { cwd: project });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "secure-logging: config: eslint.config.js, which does not turn on secure-logging rules, plus the plugin's recommended config\n",
    );
    expect(stdout).toContain('no-secrets-in-logs');
    expect(stdout).not.toContain('semi');
  });

  it('lints paths outside the working directory, from the folder that holds them', async () => {
    const outside = copyOfSources('secure-logging-outside-');
    const { code, stdout } = await run([path.join(outside, 'src/leak.js'), '--format', 'json'], { cwd: examples });
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((result) => [result.filePath, result.messages.map((message) => message.ruleId)])).toEqual([
      [path.join(outside, 'src/leak.js'), ['secure-logging/no-secrets-in-logs']],
    ]);
  });

  it('reports a file it cannot parse apart from findings, with exit code 3', async () => {
    const project = copyOfSources('secure-logging-broken-');
    writeFileSync(path.join(project, 'src/broken.js'), 'logger.info({ password );\n');
    const { code, stdout, stderr } = await run(['src'], { cwd: project });
    expect(code).toBe(3);
    expect(stdout).toContain('src/leak.js');
    expect(stdout).not.toContain('broken.js');
    expect(stderr).toContain('secure-logging: could not parse src/broken.js:1:24: Parsing error: Unexpected token )');
    expect(stderr).toContain('secure-logging: 1 file(s) could not be parsed; their findings are unknown.');
    const sarif = await run(['src', '--format', 'sarif'], { cwd: project });
    expect(sarif.code).toBe(3);
    const log = JSON.parse(sarif.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[] };
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications.map((notification) => notification.descriptor.id)).toEqual(['parse-error']);
  });

  it.each([
    [['--format', 'xml'], '--format must be one of stylish, json, sarif, got "xml"'],
    [['--max-warnings', 'many'], '--max-warnings must be a whole number of 0 or more, got "many"'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--config', 'missing.config.js'], '--config: no such file "missing.config.js"'],
    [['no/such/dir'], 'No such file or directory: "no/such/dir"'],
    [['--severity', 'info'], '--severity must be one of error, warn, got "info"'],
    [['--config', 'warn.config.js', '--no-config-lookup'], '--config and --no-config-lookup cannot be used together'],
    [['--config', 'broken.config.js', 'src'], "Invalid settings['secure-logging'].nameFallback: expected boolean, got string"],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('says so when nothing is left to scan, and exits 0 (a hook given only ignored files)', async () => {
    const { code, stdout, stderr } = await run(['ignored/leak.js', 'README.md']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${ZERO_CONFIG}secure-logging: no files to scan (none matched, or all are ignored).\n`);
  });

  it('--fix wraps the value, adds the import and names the runtime package to install', async () => {
    const directory = copyOfSources('secure-logging-cli-');
    const { code, stderr } = await run(['--fix', 'src'], { cwd: directory });
    expect(code).toBe(0);
    expect(stderr).toContain('secure-logging: fixed 1 file(s).\n');
    expect(stderr).toContain(
      'secure-logging: the fixed code imports redact() from "@secure-logging/redact"; make it a dependency of your project (npm install @secure-logging/redact).\n',
    );
    expect(readFileSync(path.join(directory, 'src/leak.js'), 'utf8')).toContain("import { redact } from '@secure-logging/redact';");
    expect(readFileSync(path.join(directory, 'src/leak.js'), 'utf8')).toContain('logger.info({ password: redact(password) }');
  });

  it('shows progress on a terminal, not in CI', async () => {
    const terminal = await run(['.'], { cwd: examples, tty: true });
    expect(terminal.stderr).toBe(EXAMPLES_CONFIG);
    const many = scratch('secure-logging-many-');
    // 59 files and the package.json the recommended config reads.
    for (let index = 0; index < 59; index++) cpSync(path.join(fixture, 'src/clean.ts'), path.join(many, `f${String(index)}.ts`));
    writeFileSync(path.join(many, 'package.json'), '{}\n');
    expect((await run(['.'], { cwd: many, tty: true })).stderr).toBe(`${ZERO_CONFIG}\rsecure-logging: 50/60 files\rsecure-logging: 60/60 files\n`);
    expect((await run(['.'], { cwd: many, tty: true, env: { CI: 'true' } })).stderr).toBe(ZERO_CONFIG);
    expect((await run(['.'], { cwd: many, tty: false })).stderr).toBe(ZERO_CONFIG);
  });

  it('the installed bin runs with node and sets the exit code', () => {
    const bin = path.join(root, 'dist/src/bin.js');
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/u);
    const result = spawnSync(process.execPath, [bin, 'src/leak.js'], { cwd: fixture, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('no-secrets-in-logs');
  });
});
