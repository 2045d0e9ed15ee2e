/**
 * The log-injection suggestion is judged by running it: a real Express route writes the client's
 * query into console's text log, and a real axios call sends a line break in it. As written, the
 * program writes a forged second line; with the suggestion applied (`logSafe()` and its import),
 * it writes one line with the break escaped, and a second lint finds nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FORGED = '2026-12-02T00:00:00Z INFO admin login succeeded';
let workdir = '';

const config: Linter.Config[] = [{ plugins: { 'secure-logging': plugin as never }, rules: { 'secure-logging/no-log-injection': 'error' } }];

function run(file: string): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, [file], { cwd: workdir, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, lines: result.stdout.split('\n').filter((line) => line !== '') };
}

beforeAll(() => {
  // Inside the repository's tmp/, so the program resolves express, axios and the runtime.
  const parent = path.join(root, 'tmp');
  mkdirSync(parent, { recursive: true });
  workdir = mkdtempSync(path.join(parent, 'injection-'));
  cpSync(path.join(root, 'test/fixtures/injection'), workdir, { recursive: true });
});

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

describe('no-log-injection, run', () => {
  it('as written, the client forges a log line', () => {
    const { status, lines } = run('search.js');
    expect(status).toBe(0);
    expect(lines).toEqual(['search for shoes', FORGED]);
  });

  it('with the suggestion applied, the line break is escaped and nothing is left to report', () => {
    const file = path.join(workdir, 'search.js');
    const linter = new Linter();
    const code = readFileSync(file, 'utf8');
    const [message, ...others] = linter.verify(code, config, { filename: file });
    expect(others).toEqual([]);
    expect(message?.ruleId).toBe('secure-logging/no-log-injection');
    const suggestion = message?.suggestions?.[0];
    expect(suggestion).toBeDefined();
    if (!suggestion) return;
    // A suggestion's fix replaces one range that covers the import and the wrap.
    const fixed = `${code.slice(0, suggestion.fix.range[0])}${suggestion.fix.text}${code.slice(suggestion.fix.range[1])}`;
    expect(fixed).toContain("import { logSafe } from '@secure-logging/redact';");
    expect(fixed).toContain('console.log(`search for ${logSafe(req.query.q)}`);');
    writeFileSync(file, fixed);
    const { status, lines } = run('search.js');
    expect(status).toBe(0);
    expect(lines).toEqual([`search for shoes\\n${FORGED}`]);
    expect(linter.verify(fixed, config, { filename: file })).toEqual([]);
  });
});
