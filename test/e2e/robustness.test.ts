/**
 * Odd but valid code: deep nesting, long chains, cycles and many log calls. The plugin must not
 * crash, hang or blow up; every fix must re-parse and be idempotent. (Speed is measured by the
 * benchmark, not here.)
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const config = [...(plugin.configs.strict as Linter.Config[])];

function lint(code: string): Linter.LintMessage[] {
  const messages = new Linter({ configType: 'flat' }).verify(code, config, 'file.js');
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(fatal.message);
  return messages;
}

function fixTwice(code: string): { once: string; twice: string } {
  const linter = new Linter({ configType: 'flat' });
  const once = linter.verifyAndFix(code, config, 'file.js');
  expect(once.messages.filter((message) => message.fatal === true)).toEqual([]);
  const twice = linter.verifyAndFix(once.output, config, 'file.js');
  return { once: once.output, twice: twice.output };
}

describe('robustness', () => {
  it('a 5,000-step assignment chain ending in a secret', () => {
    const lines = ['let v0 = password;'];
    for (let index = 1; index <= 5000; index++) lines.push(`let v${String(index)} = v${String(index - 1)};`);
    lines.push('logger.info(v5000);');
    const messages = lint(lines.join('\n'));
    // The depth bound may stop the walk before the source: a missed finding, never a crash.
    expect(messages.every((message) => message.ruleId === 'secure-logging/no-secrets-in-logs')).toBe(true);
  });

  it('a 300-step chain is followed to its source', () => {
    const lines = ['let v0 = password;'];
    for (let index = 1; index <= 100; index++) lines.push(`let v${String(index)} = v${String(index - 1)};`);
    lines.push('logger.info(v100);');
    expect(lint(lines.join('\n')).map((message) => message.ruleId)).toEqual(['secure-logging/no-secrets-in-logs']);
  });

  it('parentheses and arrays nested as deep as the parser allows', () => {
    const code = `logger.info(${'('.repeat(500)}password${')'.repeat(500)}); logger.info(${'['.repeat(200)}token${']'.repeat(200)});`;
    expect(lint(code)).toHaveLength(2);
  });

  it('a 3,000-term concatenation (an AST 3,000 deep)', () => {
    const code = `logger.info(password${' + x'.repeat(3000)}); logger.info(${'x + '.repeat(3000)}token);`;
    const messages = lint(code);
    // The right-most operand is near the top of the tree and is found; the left-most sits
    // below the depth bound and is not: a missed finding, never a crash.
    expect(messages.map((message) => message.column)).toEqual([code.indexOf('token') + 1]);
  });

  it('10,000 log calls in one function', () => {
    const body = Array.from({ length: 10_000 }, (_, index) => `  logger.info({ id: ${String(index)}, token });`).join('\n');
    const messages = lint(`function f(token) {\n${body}\n}`);
    expect(messages).toHaveLength(10_000);
  });

  it('cycles of every shape', () => {
    const code = [
      'let a, b, c; a = b; b = c; c = a; logger.info(a);',
      'const o = {}; o.self = o; logger.info(o);',
      'function f(x) { return g(x); } function g(y) { return f(y); } logger.info(f(1));',
      'function r(n) { return n ? r(n - 1) : password; } logger.info(r(3));',
      'let s = ""; for (const p of parts) s = s + p; logger.info(s);',
    ].join('\n');
    expect(lint(code).map((message) => message.line)).toEqual([4]);
  });

  it('many variables sharing one secret stay linear', () => {
    const lines = ['const base = { secret };'];
    for (let index = 0; index < 2000; index++) lines.push(`const c${String(index)} = { ...base, i: ${String(index)} }; logger.info(c${String(index)});`);
    expect(lint(lines.join('\n'))).toHaveLength(2000);
  });

  it('fixes re-parse and fixing twice equals fixing once', () => {
    const code = [
      "import pino from 'pino';",
      'const logger = pino();',
      'const url = `x?t=${token}`;',
      'logger.info({ password, url }, `key ${apiKey}`);',
      "logger.warn('Unknown email: ' + email, ...credentials);",
      'function audit(m, d) { logger.info(m, d); }',
      'audit(1, { sessionId });',
    ].join('\n');
    const { once, twice } = fixTwice(code);
    expect(once).not.toBe(code);
    expect(twice).toBe(once);
    expect(once.match(/import \{ redact \}/gu)).toHaveLength(1);
  });

  it('odd but valid syntax does not crash', () => {
    const samples = [
      'logger.info();',
      'logger.info(...[]);',
      'logger[`info`](password);',
      'logger.info?.(token);',
      'new logger.info(token);',
      'logger.info(class { static x = token; });',
      'logger.info(function* () { yield token; });',
      'label: for (;;) { logger.info(token); break label; }',
      'with (obj) { logger.info(token); }',
      'logger.info(import.meta);',
      'const { a = b, ...c } = d; logger.info(c, a);',
      'let [x = secret] = []; logger.info(x);',
      'logger.info(`${`${`${password}`}`}`);',
    ];
    for (const code of samples) {
      const sourceType = code.startsWith('with') ? 'script' : 'module';
      const messages = new Linter({ configType: 'flat' }).verify(code, [...config, { languageOptions: { sourceType } }], 'file.js');
      expect(messages.filter((message) => message.fatal === true && !/Parsing error/u.test(message.message))).toEqual([]);
    }
  });

  it('payload and level code that loops, nests and repeats', () => {
    const handler = Array.from({ length: 2000 }, (_, index) => `  logger.info(req.method, req.body.f${String(index)});`).join('\n');
    const code = [
      "import pino from 'pino';",
      "const logger = pino({ level: process.env.LOG_LEVEL || 'debug' });",
      "app.get('/', (req, res) => {",
      '  let a = req.body, b = a; a = b;',
      '  logger.info(b);',
      handler,
      '});',
      "const l1 = l2 || 'info', l2 = l1; pino({ level: l1 });",
      `pino({ level: ${'('.repeat(200)}'trace'${')'.repeat(200)} });`,
    ].join('\n');
    const messages = lint(code);
    expect(messages.map((message) => message.ruleId)).toEqual([
      'secure-logging/no-debug-level-in-production',
      'secure-logging/no-raw-bodies-in-logs',
      'secure-logging/no-debug-level-in-production',
    ]);
    const { once, twice } = fixTwice(code);
    expect(twice).toBe(once);
  });

  it('a 1 MB production config and YAML nested 500 deep', () => {
    const linter = new Linter({ configType: 'flat' });
    const members = Array.from({ length: 20_000 }, (_, index) => `"k${String(index)}": { "level": "info", "v": "${'x'.repeat(20)}" }`);
    const json = `{ ${members.join(', ')}, "logger": { "level": "debug" } }`;
    expect(json.length).toBeGreaterThan(1_000_000);
    const jsonMessages = linter.verify(json, config, 'config/production.json');
    expect(jsonMessages.map((message) => message.messageId)).toEqual(['verboseConfig']);
    const yaml = `${Array.from({ length: 500 }, (_, depth) => `${'  '.repeat(depth)}k${String(depth)}:`).join('\n')}\n${'  '.repeat(500)}level: debug\nlogger:\n  level: trace\n`;
    const yamlMessages = linter.verify(yaml, config, 'config/production.yaml');
    expect(yamlMessages.filter((message) => message.fatal === true)).toEqual([]);
    expect(yamlMessages.map((message) => message.messageId)).toEqual(['verboseConfig']);
  });
});
