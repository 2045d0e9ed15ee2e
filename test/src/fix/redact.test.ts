import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isCommonJsFile, redactFix, type RedactHelper } from '../../../src/fix/redact.js';

const HELPER: RedactHelper = { name: 'redact', source: 'eslint-plugin-secure-logging/redact' };

/** A probe rule that wraps every node matching the selector given as its option. */
const wrapRule: TSESLint.RuleModule<'wrap', [string, RedactHelper?]> = {
  meta: {
    type: 'problem',
    fixable: 'code',
    messages: { wrap: 'wrap' },
    schema: [{ type: 'string' }, { type: 'object' }],
  },
  create(context) {
    const [selector, helper] = context.options;
    return {
      [selector](node: TSESTree.Node) {
        const fix = redactFix(context.sourceCode, node, helper ?? HELPER, context.physicalFilename);
        context.report({ node, messageId: 'wrap', ...(fix ? { fix } : {}) });
      },
    };
  },
};

interface FixOptions {
  readonly selector: string;
  readonly sourceType?: 'module' | 'commonjs' | 'script';
  readonly typescript?: boolean;
  readonly helper?: RedactHelper;
  /** The file's path; default `file.js` or `file.ts`. */
  readonly filename?: string;
}

function config(options: FixOptions): Linter.Config[] {
  return [
    {
      files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
      plugins: { probe: { rules: { wrap: wrapRule } } as never },
      rules: { 'probe/wrap': ['error', options.selector, ...(options.helper ? [options.helper] : [])] },
      languageOptions: {
        sourceType: options.sourceType ?? 'module',
        ...(options.typescript ? { parser: tsParser } : {}),
      },
    },
  ];
}

function fix(code: string, options: FixOptions): string {
  const linter = new Linter({ configType: 'flat' });
  const filename = options.filename ?? (options.typescript ? 'file.ts' : 'file.js');
  const result = linter.verifyAndFix(code, config(options), filename);
  const fatal = result.messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(`fixed code does not parse: ${fatal.message}\n${result.output}`);
  return result.output;
}

const IMPORT = "import { redact } from 'eslint-plugin-secure-logging/redact';";

interface WrapCase {
  readonly name: string;
  readonly code: string;
  readonly selector: string;
  readonly output: string;
  readonly typescript?: boolean;
}

const WRAP_CASES: readonly WrapCase[] = [
  { name: 'identifier argument', code: 'f(x);', selector: 'Identifier[name="x"]', output: 'f(redact(x));' },
  { name: 'member expression', code: 'f(a.b.c);', selector: 'CallExpression > MemberExpression', output: 'f(redact(a.b.c));' },
  { name: 'shorthand property', code: 'f({ x });', selector: 'Property > Identifier.value[name="x"]', output: 'f({ x: redact(x) });' },
  { name: 'long-hand property value', code: 'f({ k: x });', selector: 'Identifier[name="x"]', output: 'f({ k: redact(x) });' },
  { name: 'template slot', code: 'f(`a ${x} b`);', selector: 'Identifier[name="x"]', output: 'f(`a ${redact(x)} b`);' },
  { name: 'object spread', code: 'f({ ...x, y: 1 });', selector: 'Identifier[name="x"]', output: 'f({ ...redact(x), y: 1 });' },
  { name: 'argument spread', code: 'f(...x);', selector: 'Identifier[name="x"]', output: 'f(...redact(x));' },
  { name: 'array element', code: 'f([1, x]);', selector: 'Identifier[name="x"]', output: 'f([1, redact(x)]);' },
  { name: 'sequence expression keeps one argument', code: 'f((a(), x));', selector: 'SequenceExpression', output: 'f((redact((a(), x))));' },
  { name: 'parenthesized value', code: 'f((x));', selector: 'Identifier[name="x"]', output: 'f((redact(x)));' },
  { name: 'binary operand keeps precedence', code: "f('k=' + x + '!');", selector: 'Identifier[name="x"]', output: "f('k=' + redact(x) + '!');" },
  { name: 'whole binary expression', code: "f(a + x * 2);", selector: 'CallExpression > BinaryExpression', output: 'f(redact(a + x * 2));' },
  { name: 'conditional expression', code: 'f(ok ? x : y);', selector: 'CallExpression > ConditionalExpression', output: 'f(redact(ok ? x : y));' },
  { name: 'logical operand', code: 'f(x ?? y);', selector: 'Identifier[name="x"]', output: 'f(redact(x) ?? y);' },
  { name: 'await expression', code: 'async function g() { f(await x); }', selector: 'AwaitExpression', output: 'async function g() { f(redact(await x)); }' },
  { name: 'optional chain', code: 'f(a?.x);', selector: 'ChainExpression', output: 'f(redact(a?.x));' },
  { name: 'arrow body', code: 'const g = () => x;', selector: 'Identifier[name="x"]', output: 'const g = () => redact(x);' },
  { name: 'statement start after a line without semicolon', code: 'a\nx.y\n', selector: 'ExpressionStatement > MemberExpression', output: 'a\nredact(x.y)\n' },
  { name: 'TypeScript as-expression', code: 'f(x as string);', selector: 'TSAsExpression', output: 'f(redact(x as string));', typescript: true },
  { name: 'TypeScript non-null inner value', code: 'f(x!);', selector: 'Identifier[name="x"]', output: 'f(redact(x)!);', typescript: true },
  { name: 'already wrapped value is left alone', code: `${IMPORT}\nf(redact(x));`, selector: 'Identifier[name="x"]', output: 'f(redact(x));' },
];

describe('redactFix: wrapping positions', () => {
  for (const testCase of WRAP_CASES) {
    it(testCase.name, () => {
      const code = testCase.code.startsWith(IMPORT) ? testCase.code : `${IMPORT}\n${testCase.code}`;
      const output = fix(code, { selector: testCase.selector, typescript: testCase.typescript ?? false });
      expect(output).toBe(`${IMPORT}\n${testCase.output}`);
    });
  }
});

describe('redactFix: import insertion', () => {
  const x = 'Identifier[name="x"]';

  it('ES module: after the last import', () => {
    expect(fix("import a from 'a';\nimport b from 'b';\nf(x);", { selector: x })).toBe(
      `import a from 'a';\nimport b from 'b';\n${IMPORT}\nf(redact(x));`,
    );
  });

  it('ES module without imports: before the first statement, after leading comments', () => {
    expect(fix('// license header\nf(x);', { selector: x })).toBe(`// license header\n${IMPORT}\nf(redact(x));`);
  });

  it('hashbang file', () => {
    expect(fix('#!/usr/bin/env node\nf(x);', { selector: x })).toBe(`#!/usr/bin/env node\n${IMPORT}\nf(redact(x));`);
  });

  it('CommonJS: after the last require', () => {
    expect(
      fix("'use strict';\nconst a = require('a');\nconst b = require('b').c;\nf(x);", { selector: x, sourceType: 'commonjs' }),
    ).toBe(
      "'use strict';\nconst a = require('a');\nconst b = require('b').c;\nconst { redact } = require('eslint-plugin-secure-logging/redact');\nf(redact(x));",
    );
  });

  it('CommonJS without requires: after the directive', () => {
    expect(fix("'use strict';\nf(x);", { selector: x, sourceType: 'commonjs' })).toBe(
      "'use strict';\nconst { redact } = require('eslint-plugin-secure-logging/redact');\nf(redact(x));",
    );
  });

  it('a .js file parsed as a module that only uses require gets a require', () => {
    expect(fix("const a = require('a');\nf(x);", { selector: x })).toBe(
      "const a = require('a');\nconst { redact } = require('eslint-plugin-secure-logging/redact');\nf(redact(x));",
    );
  });

  it('follows double quotes and no semicolons', () => {
    expect(fix('import a from "a"\nf(x)', { selector: x })).toBe(
      'import a from "a"\nimport { redact } from "eslint-plugin-secure-logging/redact"\nf(redact(x))',
    );
  });

  it.each([
    ['a file that opens with a function', 'export function f() {\n  g(x);\n}\n', ';'],
    ['a file that opens with a function, without semicolons', 'export function f() {\n  g(x)\n}\n', ''],
    ['a class whose method holds the first statement', 'class A {\n  m() {\n    g(x);\n  }\n}\n', ';'],
    ['a default-exported function', 'export default function f() {\n  g(x);\n}\n', ';'],
    ['a file with no statement that takes a semicolon', 'function f() {}\nif (x) {}\n', ';'],
  ])('semicolons: %s', (_name, code, semi) => {
    const output = fix(code, { selector: x });
    expect(output.split('\n')[0]).toBe(`${IMPORT.replace(/;$/u, '')}${semi}`);
  });

  it('a redact imported from elsewhere is not the runtime: the runtime comes in under a fresh name', () => {
    expect(fix("import { redact } from './safe';\nf(x);", { selector: x })).toBe(
      "import { redact } from './safe';\nimport { redact as redactForLog } from 'eslint-plugin-secure-logging/redact';\nf(redactForLog(x));",
    );
  });

  it('a redact declared in the file is not the runtime: the runtime comes in under a fresh name', () => {
    expect(fix('const redact = (v) => "***";\nf(x);', { selector: x })).toBe(
      'import { redact as redactForLog } from "eslint-plugin-secure-logging/redact";\nconst redact = (v) => "***";\nf(redactForLog(x));',
    );
  });

  it.each([
    [
      "pino's redact option",
      "import pino from 'pino';\nconst redact = ['req.headers.authorization'];\nconst logger = pino({ redact });\nlogger.info(x);",
      "import pino from 'pino';\nimport { redact as redactForLog } from 'eslint-plugin-secure-logging/redact';\nconst redact = ['req.headers.authorization'];\nconst logger = pino({ redact });\nlogger.info(redactForLog(x));",
    ],
    [
      'an option named redact',
      "function log({ redact = false }) {\n  console.log(x);\n}\n",
      "import { redact as redactForLog } from 'eslint-plugin-secure-logging/redact';\nfunction log({ redact = false }) {\n  console.log(redactForLog(x));\n}\n",
    ],
    [
      'a global redact read by the file',
      'console.log(x, typeof redact);\n',
      "import { redact as redactForLog } from 'eslint-plugin-secure-logging/redact';\nconsole.log(redactForLog(x), typeof redact);\n",
    ],
    [
      'the fresh name taken too',
      'const redact = 1, redactForLog = 2;\nf(x);\n',
      "import { redact as redactForLog2 } from 'eslint-plugin-secure-logging/redact';\nconst redact = 1, redactForLog = 2;\nf(redactForLog2(x));\n",
    ],
  ])('name collision: %s', (_name, code, output) => {
    expect(fix(code, { selector: x })).toBe(output);
  });

  it('another export of the runtime is not the helper: it is imported beside it', () => {
    expect(fix("const { createRedactor: make } = require('@secure-logging/redact');\nf(make(x));", { selector: x })).toBe(
      "const { createRedactor: make } = require('@secure-logging/redact');\nconst { redact } = require('eslint-plugin-secure-logging/redact');\nf(make(redact(x)));",
    );
  });

  it.each([
    ['an aliased import', "import { redact as hide } from 'eslint-plugin-secure-logging/redact';\nf(x);", "import { redact as hide } from 'eslint-plugin-secure-logging/redact';\nf(hide(x));"],
    ['the runtime package', "import { redact as hide } from '@secure-logging/redact';\nf(x);", "import { redact as hide } from '@secure-logging/redact';\nf(hide(x));"],
    ['a default import', "import scrub from '@secure-logging/redact';\nf(x);", "import scrub from '@secure-logging/redact';\nf(scrub(x));"],
    ['a namespace import', "import * as safe from '@secure-logging/redact';\nf(x);", "import * as safe from '@secure-logging/redact';\nf(safe.redact(x));"],
    ['an aliased require', "const { redact: hide } = require('@secure-logging/redact');\nf(x);", "const { redact: hide } = require('@secure-logging/redact');\nf(hide(x));"],
    ['a whole require', "const safe = require('@secure-logging/redact');\nf(x);", "const safe = require('@secure-logging/redact');\nf(safe.redact(x));"],
  ])('reuses the existing import of the runtime: %s', (_name, code, output) => {
    expect(fix(code, { selector: x })).toBe(output);
    // Applying the fixes again changes nothing: the wrapped value is not wrapped twice.
    expect(fix(output, { selector: x })).toBe(output);
  });

  it('uses the configured helper name and source', () => {
    expect(fix('f(x);', { selector: x, helper: { name: 'mask', source: '@acme/mask' } })).toBe(
      "import { mask } from '@acme/mask';\nf(mask(x));",
    );
  });

  it('a file with many fixes gets exactly one import', () => {
    const output = fix("import a from 'a';\nf(x);\ng({ x });\nh(`${x}`, ...x);", { selector: 'Identifier[name="x"]:not(Property > .key)' });
    expect(output).toBe(`import a from 'a';\n${IMPORT}\nf(redact(x));\ng({ x: redact(x) });\nh(\`\${redact(x)}\`, ...redact(x));`);
    expect(output.match(/import \{ redact \}/gu)).toHaveLength(1);
  });

  it('CommonJS with many fixes gets exactly one require', () => {
    const output = fix('f(x);\ng(x);', { selector: x, sourceType: 'commonjs' });
    expect(output.match(/require\(/gu)).toHaveLength(1);
  });
});

describe('redactFix: idempotence', () => {
  const samples = [
    "import a from 'a';\nf(x, { x }, `${x}`, ...x);",
    "const a = require('a');\nf(x);",
    'f((a(), x));\nconst g = () => x;',
  ];
  for (const code of samples) {
    it(`fixing twice equals fixing once: ${code.split('\n')[0] ?? ''}`, () => {
      const selector = 'Identifier[name="x"]:not(Property > .key)';
      const once = fix(code, { selector });
      expect(once).not.toBe(code);
      expect(fix(once, { selector })).toBe(once);
    });
  }
});

describe('isCommonJsFile', () => {
  it.each([
    ["import a from 'a';", 'module', false],
    ["const a = require('a');", 'module', true],
    ['f();', 'module', false],
    ['f();', 'commonjs', true],
    ["export const a = require('a');", 'module', false],
  ] as const)('%s (%s) → %s', (code, sourceType, expected) => {
    let result: boolean | undefined;
    const linter = new Linter({ configType: 'flat' });
    const probe: TSESLint.RuleModule<'x'> = {

      meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
      create(context) {
        return {
          Program() {
            result = isCommonJsFile(context.sourceCode);
          },
        };
      },
    };
    linter.verify(code, [
      { plugins: { probe: { rules: { probe } } as never }, rules: { 'probe/probe': 'error' }, languageOptions: { sourceType } },
    ]);
    expect(result).toBe(expected);
  });
});

describe('redactFix: the module system Node will use', () => {
  // Inside the repository's tmp/, which the probe config's file patterns cover.
  const parent = path.join(fileURLToPath(new URL('../../../', import.meta.url)), 'tmp');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, 'module-system-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const packageOf = (name: string, type: string | undefined): string => {
    const folder = path.join(root, name);
    mkdirSync(path.join(folder, 'src'), { recursive: true });
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify(type === undefined ? { name } : { name, type }));
    return folder;
  };
  const commonjs = packageOf('cjs', 'commonjs');
  const untyped = packageOf('untyped', undefined);
  const esm = packageOf('esm', 'module');
  const REQUIRE = "const { redact } = require('eslint-plugin-secure-logging/redact');";
  const x = 'Identifier[name="x"]';

  it.each([
    ['a .js file in a "type": "commonjs" package', path.join(commonjs, 'src/a.js'), REQUIRE],
    ['a .js file in a package without "type"', path.join(untyped, 'src/a.js'), REQUIRE],
    ['a .js file in a "type": "module" package', path.join(esm, 'src/a.js'), IMPORT],
    ['a .mjs file in a CommonJS package', path.join(commonjs, 'src/a.mjs'), IMPORT],
    ['a .cjs file in an ES module package', path.join(esm, 'src/a.cjs'), REQUIRE],
  ])('%s without imports or requires', (_name, filename, statement) => {
    expect(fix('console.log(x);\n', { selector: x, filename })).toBe(`${statement}\nconsole.log(redact(x));\n`);
  });

  it("the file's own imports or requires win over the package type", () => {
    expect(fix("import a from 'a';\nf(x);\n", { selector: x, filename: path.join(commonjs, 'src/b.js') })).toBe(
      `import a from 'a';\n${IMPORT}\nf(redact(x));\n`,
    );
    expect(fix("const a = require('a');\nf(x);\n", { selector: x, filename: path.join(esm, 'src/b.js') })).toBe(
      `const a = require('a');\n${REQUIRE}\nf(redact(x));\n`,
    );
  });
});
