/**
 * Property-based robustness: programs generated from the constructs the tracer follows, and
 * mutations of every fixture and example. The engine never throws, every fix it offers re-parses,
 * and fixing twice equals fixing once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import fc from 'fast-check';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = [...(plugin.configs.strict as Linter.Config[]), { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as never } }];

const NAMES = ['password', 'token', 'email', 'user', 'id', 'count', 'total', 'apiKey', 'ssn', 'message', 'req', 'res', 'ctx'];
const PROPERTIES = ['body', 'headers', 'id', 'length', 'password', 'email', 'data', 'name', 'token', 'query'];

/** Expressions built from the constructs the tracer follows. */
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...NAMES),
    fc.constantFrom(...NAMES.map((name) => `v_${name}`)),
    fc.constantFrom("'password reset email sent'", '42', 'null', "'AKIAIOSFODNN7EXAMPLE'", "'ok'"),
    fc.tuple(tie('expr'), fc.constantFrom(...PROPERTIES)).map(([object, property]) => `(${object}).${property}`),
    tie('expr').map((inner) => `\`value: \${${inner}}\``),
    fc.tuple(tie('expr'), tie('expr')).map(([left, right]) => `(${left}) + (${right})`),
    fc.tuple(fc.constantFrom(...PROPERTIES), tie('expr')).map(([key, value]) => `{ ${key}: ${value} }`),
    tie('expr').map((inner) => `{ ...(${inner}), extra: 1 }`),
    tie('expr').map((inner) => `JSON.stringify(${inner})`),
    tie('expr').map((inner) => `redact(${inner})`),
    tie('expr').map((inner) => `helper(${inner})`),
    tie('expr').map((inner) => `[${inner}, 1]`),
    tie('expr').map((inner) => `!!(${inner})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(flag ? ${a} : ${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a} ?? ${b})`),
  ),
})).expr;

const statement = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), expression).map(([name, value]) => `v_${name} = ${value};`),
  fc.tuple(fc.constantFrom('info', 'warn', 'error', 'debug'), expression).map(([level, value]) => `logger.${level}(${value});`),
  fc.tuple(expression, expression).map(([a, b]) => `console.log(${a}, ${b});`),
  expression.map((value) => `audit(${value});`),
  expression.map((value) => `app.post('/x', (req, res) => { logger.info(${value}); });`),
  expression.map((value) => `if (process.env.NODE_ENV === 'development') { logger.debug(${value}); }`),
  fc.constantFrom("pino({ level: process.env.LOG_LEVEL || 'debug' });", "logger.level = isProd ? 'info' : 'trace';", 'v_user = v_token; v_token = v_user;'),
);

const program = fc.array(statement, { minLength: 1, maxLength: 12 }).map((statements) =>
  [
    "import pino from 'pino';",
    "import { redact } from '@secure-logging/redact';",
    'const logger = pino();',
    `let ${NAMES.map((name) => `v_${name}`).join(', ')};`,
    'function helper(input) { return { wrapped: input, at: Date.now() }; }',
    'function audit(entry) { logger.info(entry); }',
    ...statements,
  ].join('\n'),
);

function fixTwice(code: string, filename: string): { once: string; twice: string; fatal: Linter.LintMessage[] } {
  const linter = new Linter({ configType: 'flat' });
  const once = linter.verifyAndFix(code, config, filename);
  const twice = linter.verifyAndFix(once.output, config, filename);
  return { once: once.output, twice: twice.output, fatal: [...once.messages, ...twice.messages].filter((message) => message.fatal === true) };
}

describe('generated programs', () => {
  it('never throw; fixes re-parse and are idempotent', () => {
    fc.assert(
      fc.property(program, (code) => {
        const { once, twice, fatal } = fixTwice(code, 'generated.js');
        expect(fatal).toEqual([]);
        expect(twice).toBe(once);
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});

function filesUnder(directory: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory)) {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) found.push(...filesUnder(full, extensions));
    else if (extensions.includes(path.extname(entry))) found.push(full);
  }
  return found.sort();
}

const SOURCES = [...filesUnder(path.join(root, 'test/fixtures'), ['.js', '.ts', '.cjs', '.json', '.yaml']), ...filesUnder(path.join(root, 'examples'), ['.js', '.ts', '.cjs', '.json', '.yaml'])].filter(
  (file) => !file.endsWith('.d.ts'),
);

describe('every fixture and example', () => {
  it.each(SOURCES.map((file) => [path.relative(root, file), file]))('%s lints and fixes without a crash', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const filename = path.relative(root, file);
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(code, config, filename);
    // Parse errors are ESLint's answer to the deliberately broken fixtures; anything else is a crash.
    expect(messages.filter((message) => message.fatal === true && !message.message.startsWith('Parsing error'))).toEqual([]);
    const { once, twice } = fixTwice(code, filename);
    expect(twice).toBe(once);
  });

  it('mutated fixtures (lines dropped, repeated, swapped) never make the engine throw', () => {
    const scripts = SOURCES.filter((file) => /\.(?:js|ts|cjs)$/u.test(file)).map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n') }));
    fc.assert(
      fc.property(
        fc.constantFrom(...scripts),
        fc.array(fc.tuple(fc.constantFrom('drop', 'repeat', 'swap'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        ({ file, lines }, mutations) => {
          const mutated = [...lines];
          for (const [kind, a, b] of mutations) {
            const i = a % Math.max(1, mutated.length);
            const j = b % Math.max(1, mutated.length);
            if (kind === 'drop') mutated.splice(i, 1);
            else if (kind === 'repeat') mutated.splice(i, 0, mutated[i] ?? '');
            else [mutated[i], mutated[j]] = [mutated[j] ?? '', mutated[i] ?? ''];
          }
          const filename = path.relative(root, file);
          const messages = new Linter({ configType: 'flat' }).verify(mutated.join('\n'), config, filename);
          expect(messages.filter((message) => message.fatal === true && !message.message.startsWith('Parsing error'))).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
