import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import tsParser from '@typescript-eslint/parser';
import plugin, { configs, meta, rules, testFiles } from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, { types: string; default: string } | string>;
  peerDependencies: Record<string, string>;
  engines: Record<string, string>;
};

describe('plugin object', () => {
  it('meta has the package name and version', () => {
    expect(meta).toEqual({ name: manifest.name, version: manifest.version });
    expect(plugin.meta).toBe(meta);
  });

  it('configs register the plugin under the secure-logging prefix', () => {
    for (const config of [...configs.recommended, ...configs.strict]) {
      // Blocks for JSON files also register @eslint/json, whose languages they use.
      const expected = config.language?.startsWith('json/') ? ['secure-logging', 'json'] : ['secure-logging'];
      expect(Object.keys(config.plugins ?? {})).toEqual(expected);
      for (const id of Object.keys(config.rules ?? {})) {
        expect(id).toMatch(/^secure-logging\//u);
        expect(Object.keys(rules)).toContain(id.slice('secure-logging/'.length));
      }
    }
  });

  it('recommended holds the recommended rules; strict holds every rule', () => {
    const recommended = Object.keys(configs.recommended[0]?.rules ?? {});
    const strict = Object.keys(configs.strict[0]?.rules ?? {});
    expect(strict).toHaveLength(Object.keys(rules).length);
    for (const [name, rule] of Object.entries(rules)) {
      expect(recommended.includes(`secure-logging/${name}`)).toBe(rule.meta.docs?.recommended === true);
    }
  });

  it('recommended works on its own for JavaScript', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify('console.log(password);', configs.recommended as Linter.Config[], 'a.js');
    expect(messages.map((message) => message.ruleId)).toEqual(['secure-logging/no-secrets-in-logs']);
  });

  it('a bad settings value stops the lint with a clear message', () => {
    const linter = new Linter({ configType: 'flat' });
    expect(() =>
      linter.verify(
        'console.log(password);',
        [...(configs.recommended as Linter.Config[]), { settings: { 'secure-logging': { nameFallback: 1 } } }],
        'a.js',
      ),
    ).toThrow("Invalid settings['secure-logging'].nameFallback: expected boolean, got number");
  });

  it('a bad rule option is rejected by the schema', () => {
    const linter = new Linter({ configType: 'flat' });
    expect(() =>
      linter.verify(
        'console.log(password);',
        [...(configs.recommended as Linter.Config[]), { rules: { 'secure-logging/no-secrets-in-logs': ['error', { fix: 'always' }] } }],
        'a.js',
      ),
    ).toThrow(/should be equal to one of the allowed values|must be equal to one of the allowed values/u);
  });
});

describe('package', () => {
  it('exports the plugin and the redact runtime with types', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './redact', './package.json']);
    expect(manifest.peerDependencies['eslint']).toBe('^9.0.0 || ^10.0.0');
    expect(manifest.engines['node']).toBe('^20.19.0 || ^22.13.0 || >=24');
  });

  it.each(Object.keys(rules))('rule %s has a doc page with the required sections and a matching URL', (name) => {
    const path = `${root}docs/rules/${name}.md`;
    expect(existsSync(path)).toBe(true);
    const doc = readFileSync(path, 'utf8');
    for (const heading of ['## Rule Details', '## Options', '## When Not To Use It']) expect(doc).toContain(heading);
    expect(doc).toContain('❌ Incorrect');
    expect(doc).toContain('✅ Correct');
    const rule = rules[name as keyof typeof rules];
    expect(rule.meta.docs?.url).toMatch(new RegExp(`docs/rules/${name}\\.md$`, 'u'));
  });
});

describe('without TypeScript installed', () => {
  it('the plugin loads and lints JavaScript; the typed configs say what is missing', () => {
    const script = [
      "const { Linter } = require('eslint');",
      "import('./dist/src/index.js').then((m) => {",
      "  const ids = new Linter().verify('console.log(password);', m.default.configs.recommended, 'a.js').map((x) => x.ruleId);",
      '  let typed = "";',
      '  try { m.default.configs.typed; } catch (error) { typed = error.message; }',
      '  console.log(JSON.stringify({ ids, typed }));',
      '});',
    ].join('\n');
    const output = execFileSync(process.execPath, ['-r', './test/support/hide-typescript.cjs', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({
      ids: ['secure-logging/no-secrets-in-logs'],
      typed: 'secure-logging: the type-checked configs need TypeScript and typescript-eslint; install them with `npm install --save-dev typescript typescript-eslint`.',
    });
  });
});

describe('the built code', () => {
  it('imports only node built-ins, its dependencies, and its peers (the optional ones on demand)', () => {
    const built = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    const declared = new Set([...Object.keys(built.dependencies), ...Object.keys(built.peerDependencies)]);
    const optional = new Set(Object.keys(built.peerDependenciesMeta));
    const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const staticImports = new Set<string>();
    const lazyImports = new Set<string>();
    const visit = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) visit(file);
        if (!entry.name.endsWith('.js')) continue;
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/^(?:import|export) [^'";]*from '([^'.][^']*)'/gmu)) staticImports.add(packageOf(match[1] ?? ''));
        for (const match of text.matchAll(/\)\('([^'.][^']*)'\)/gu)) lazyImports.add(packageOf(match[1] ?? ''));
      }
    };
    visit(path.join(root, 'dist/src'));
    visit(path.join(root, 'dist/rules'));
    const isBuiltin = (name: string): boolean => name.startsWith('node:');
    expect([...staticImports].filter((name) => !isBuiltin(name) && (!declared.has(name) || optional.has(name)))).toEqual([]);
    expect([...lazyImports].filter((name) => !declared.has(name))).toEqual([]);
    expect([...lazyImports].sort()).toEqual(['@typescript-eslint/parser', 'typescript']);
    expect(staticImports.has('@typescript-eslint/utils')).toBe(false);
  });
});

describe('test files under recommended', () => {
  const leak = 'console.log(password);\n';
  const lintAs = async (config: 'recommended' | 'strict', filePath: string): Promise<string[]> => {
    const typescript = { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } };
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [...configs[config], typescript] as never });
    const [result] = await eslint.lintText(leak, { filePath: path.join(root, filePath) });
    return result?.messages.map((message) => String(message.ruleId)) ?? [];
  };

  it.each([
    'src/login.test.js',
    'src/login.spec.ts',
    'src/__tests__/login.js',
    'test/helpers.js',
    'packages/api/tests/e2e.js',
    'e2e/flows/login.ts',
    'cypress/support/commands.js',
    'src/button.stories.tsx',
    'src/mocks/server.js',
    'src/__mocks__/db.js',
    'packages/app/fixtures/idp.js',
    'src/checkout.cy.ts',
  ])('%s is quiet under recommended and reported under strict', async (file) => {
    expect(await lintAs('recommended', file)).toEqual([]);
    expect(await lintAs('strict', file)).toEqual(['secure-logging/no-secrets-in-logs']);
  });

  it.each(['src/latest.js', 'src/contest/entry.js', 'src/testing-utils.js', 'src/attestation.ts', 'src/specification.js'])(
    '%s (a near miss) is reported under recommended',
    async (file) => {
      expect(await lintAs('recommended', file)).toEqual(['secure-logging/no-secrets-in-logs']);
    },
  );

  it('exports the globs', () => {
    expect(plugin.testFiles).toBe(testFiles);
    expect(configs.recommended.at(-1)?.files).toEqual([...testFiles]);
  });
});

describe('one report per value across the rules', () => {
  const code = "app.post('/x', (req, res) => { logger.info(req.cookies); });";
  const lint = (rulesOff: string[]): string[] =>
    new Linter()
      .verify(code, [...(configs.recommended as Linter.Config[]), { rules: Object.fromEntries(rulesOff.map((rule) => [`secure-logging/${rule}`, 'off'])) }], 'a.js')
      .map((message) => `${String(message.ruleId)}: ${message.message}`);

  it('the raw payload rule takes a value the secret rule also finds, and says so', () => {
    expect(lint([])).toEqual([
      "secure-logging/no-raw-bodies-in-logs: 'req.cookies' carries the raw request cookies (with a secret: 'cookies') and reaches `logger.info()`; log the fields you need.",
    ]);
  });

  it('with the payload rule off, the secret rule reports it', () => {
    expect(lint(['no-raw-bodies-in-logs'])).toEqual(["secure-logging/no-secrets-in-logs: 'cookies' looks like a secret and reaches `logger.info()`."]);
  });
});
