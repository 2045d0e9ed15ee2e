import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

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

const temporary: string[] = [];
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

  it('exits 0 on clean files, TypeScript included', async () => {
    expect(await run(['src/clean.ts'])).toEqual({ code: 0, stdout: '', stderr: '' });
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
      runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; level: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const [runLog] = sarif.runs;
    expect(runLog?.results).toHaveLength(23);
    expect(runLog?.results.every((result) => result.level === 'error')).toBe(true);
    expect(runLog?.tool.driver.rules.map((rule) => rule.id).sort()).toEqual([
      'secure-logging/no-debug-level-in-production',
      'secure-logging/no-pii-in-logs',
      'secure-logging/no-raw-bodies-in-logs',
      'secure-logging/no-secrets-in-logs',
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

  it.each([
    [['--format', 'xml'], '--format must be one of stylish, json, sarif, got "xml"'],
    [['--max-warnings', 'many'], '--max-warnings must be a whole number of 0 or more, got "many"'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--config', 'missing.config.js'], '--config: no such file "missing.config.js"'],
    [['no/such/dir'], 'No such file or directory: "no/such/dir"'],
    [['..'], '".." is outside the working directory; run secure-logging from a folder that contains it'],
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
    expect(stderr).toBe('secure-logging: no files to scan (none matched, or all are ignored).\n');
  });

  it('--fix wraps the value and adds the import', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'secure-logging-cli-'));
    temporary.push(directory);
    cpSync(path.join(fixture, 'src'), path.join(directory, 'src'), { recursive: true });
    const { code } = await run(['--fix', 'src'], { cwd: directory });
    expect(code).toBe(0);
    expect(readFileSync(path.join(directory, 'src/leak.js'), 'utf8')).toContain("import { redact } from 'eslint-plugin-secure-logging/redact';");
    expect(readFileSync(path.join(directory, 'src/leak.js'), 'utf8')).toContain('logger.info({ password: redact(password) }');
  });

  it('shows progress on a terminal, not in CI', async () => {
    const terminal = await run(['.'], { cwd: examples, tty: true });
    expect(terminal.stderr).toBe('');
    const many = mkdtempSync(path.join(tmpdir(), 'secure-logging-many-'));
    temporary.push(many);
    for (let index = 0; index < 60; index++) cpSync(path.join(fixture, 'src/clean.ts'), path.join(many, `f${String(index)}.ts`));
    expect((await run(['.'], { cwd: many, tty: true })).stderr).toBe('\rsecure-logging: 50/60 files\rsecure-logging: 60/60 files\n');
    expect((await run(['.'], { cwd: many, tty: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await run(['.'], { cwd: many, tty: false })).stderr).toBe('');
  });

  it('the installed bin runs with node and sets the exit code', () => {
    const bin = path.join(root, 'dist/src/bin.js');
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/u);
    const result = spawnSync(process.execPath, [bin, 'src/leak.js'], { cwd: fixture, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('no-secrets-in-logs');
  });
});
