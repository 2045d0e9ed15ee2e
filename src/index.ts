/**
 * eslint-plugin-secure-logging: the plugin object, with `meta`, `rules` and the flat configs
 * `recommended` and `strict`.
 */
import json from '@eslint/json';
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import * as yamlParser from 'yaml-eslint-parser';
import { rules } from '../rules/index.js';
import { DEFAULT_PRODUCTION_FILES } from './levels/catalog.js';
import { LOG4JS_CONFIG_FILES } from './log-files/catalog.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-meta.js';

/** The prefix rule ids are registered under: `secure-logging/no-secrets-in-logs`. */
export const PLUGIN_PREFIX = 'secure-logging';

type RuleName = keyof typeof rules;

/**
 * Files whose logs never reach production: tests, specs, fixtures, mocks, end-to-end and Cypress
 * suites, Storybook stories. `recommended` turns the rules off for them; `strict` keeps them on.
 * Exported so a config can reuse or change them:
 * `{ files: secureLogging.testFiles, rules: { … } }`.
 */
export const testFiles: readonly string[] = Object.freeze([
  '**/*.{test,spec}.{js,jsx,mjs,cjs,ts,tsx,mts,cts}',
  '**/*.{cy,e2e}.{js,jsx,mjs,cjs,ts,tsx,mts,cts}',
  '**/*.{stories,story}.{js,jsx,mjs,cjs,ts,tsx,mts,cts}',
  '**/{test,tests,__tests__,spec,specs,e2e,__e2e__,fixtures,__fixtures__,mocks,__mocks__,cypress,.storybook}/**',
]);

/** Options `strict` sets beyond each rule's defaults. */
const STRICT_OPTIONS: Partial<Record<RuleName, unknown[]>> = {
  'no-secrets-in-logs': [{ reportInDevelopment: true, reportInClientApps: true }],
  'no-pii-in-logs': [{ reportInDevelopment: true, reportInClientApps: true, checkMachineAddresses: true }],
  'no-raw-bodies-in-logs': [{ reportInDevelopment: true, reportInClientApps: true, checkQueryAndParams: true }],
  'no-log-injection': [{ reportInDevelopment: true }],
};

function ruleEntries(
  filter: (name: RuleName) => boolean,
  options: Partial<Record<RuleName, unknown[]>> = {},
): TSESLint.FlatConfig.Rules {
  const entries: TSESLint.FlatConfig.Rules = {};
  for (const name of Object.keys(rules) as RuleName[]) {
    if (!filter(name)) continue;
    const extra = options[name];
    entries[`${PLUGIN_PREFIX}/${name}`] = extra ? ['error', ...extra] : 'error';
  }
  return entries;
}

const plugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION },
  rules,
  testFiles,
  configs: {} as Record<'recommended' | 'strict' | 'typed' | 'recommendedTypeChecked' | 'strictTypeChecked', TSESLint.FlatConfig.ConfigArray>,
};

const pluginForConfigs = plugin as unknown as TSESLint.FlatConfig.Plugin;

/** The JSON-like config files the level rule reads: production configs and every `package.json`. */
function configFiles(extension: string): string[] {
  return DEFAULT_PRODUCTION_FILES.map((glob) => glob.replace(/\.\*$/u, `.${extension}`));
}

/**
 * Blocks that lint JSON and YAML config files with `no-debug-level-in-production`. They only match
 * production config files and `package.json`, so other JSON files (and their comments or trailing
 * commas) are never parsed.
 */
function configFileBlocks(kind: string): TSESLint.FlatConfig.ConfigArray {
  const rule = { [`${PLUGIN_PREFIX}/no-debug-level-in-production`]: 'error' as const };
  return [
    {
      name: `${PLUGIN_PREFIX}/${kind}/json`,
      files: [...configFiles('json'), '**/package.json'],
      plugins: { [PLUGIN_PREFIX]: pluginForConfigs, json: json as unknown as TSESLint.FlatConfig.Plugin },
      language: 'json/jsonc',
      languageOptions: { allowTrailingCommas: true } as TSESLint.FlatConfig.LanguageOptions,
      rules: rule,
    },
    {
      name: `${PLUGIN_PREFIX}/${kind}/json5`,
      files: [...configFiles('jsonc'), ...configFiles('json5')],
      plugins: { [PLUGIN_PREFIX]: pluginForConfigs, json: json as unknown as TSESLint.FlatConfig.Plugin },
      language: 'json/json5',
      rules: rule,
    },
    {
      name: `${PLUGIN_PREFIX}/${kind}/yaml`,
      files: [...configFiles('yaml'), ...configFiles('yml')],
      plugins: { [PLUGIN_PREFIX]: pluginForConfigs },
      languageOptions: { parser: yamlParser as unknown as TSESLint.FlatConfig.Parser },
      rules: rule,
    },
  ];
}

/** Blocks that lint log4js's JSON and YAML configs with `log-file-hygiene` (in `strict`). */
function log4jsConfigBlocks(): TSESLint.FlatConfig.ConfigArray {
  const rule = { [`${PLUGIN_PREFIX}/log-file-hygiene`]: 'error' as const };
  return [
    {
      name: `${PLUGIN_PREFIX}/strict/log4js-json`,
      files: LOG4JS_CONFIG_FILES.filter((glob) => glob.endsWith('.json')),
      plugins: { [PLUGIN_PREFIX]: pluginForConfigs, json: json as unknown as TSESLint.FlatConfig.Plugin },
      language: 'json/jsonc',
      languageOptions: { allowTrailingCommas: true } as TSESLint.FlatConfig.LanguageOptions,
      rules: rule,
    },
    {
      name: `${PLUGIN_PREFIX}/strict/log4js-yaml`,
      files: LOG4JS_CONFIG_FILES.filter((glob) => !glob.endsWith('.json')),
      plugins: { [PLUGIN_PREFIX]: pluginForConfigs },
      languageOptions: { parser: yamlParser as unknown as TSESLint.FlatConfig.Parser },
      rules: rule,
    },
  ];
}

plugin.configs.recommended = [
  {
    name: `${PLUGIN_PREFIX}/recommended`,
    plugins: { [PLUGIN_PREFIX]: pluginForConfigs },
    rules: ruleEntries((name) => rules[name].meta.docs?.recommended === true),
  },
  ...configFileBlocks('recommended'),
  {
    name: `${PLUGIN_PREFIX}/recommended/test-files`,
    files: [...testFiles],
    plugins: { [PLUGIN_PREFIX]: pluginForConfigs },
    // The rules recommended turns on, turned off again; the strict-only ones were never on.
    rules: Object.fromEntries(Object.keys(ruleEntries((name) => rules[name].meta.docs?.recommended === true)).map((id) => [id, 'off'])),
  },
];

plugin.configs.strict = [
  {
    name: `${PLUGIN_PREFIX}/strict`,
    plugins: { [PLUGIN_PREFIX]: pluginForConfigs },
    rules: ruleEntries(() => true, STRICT_OPTIONS),
  },
  ...configFileBlocks('strict'),
  ...log4jsConfigBlocks(),
];

/**
 * The block that turns on type information for TypeScript files: typescript-eslint's parser with
 * its project service. The engine then uses the checker (loggers, harmless and sensitive types,
 * payload types) on top of everything the name-based configs do. The parser (and with it
 * TypeScript) is loaded only when a typed config is used, so JavaScript projects need neither.
 */
function typedBlock(kind: string): TSESLint.FlatConfig.Config {
  let parser: TSESLint.FlatConfig.Parser;
  try {
    parser = createRequire(import.meta.url)('@typescript-eslint/parser') as TSESLint.FlatConfig.Parser;
  } catch (error) {
    throw new Error(
      `${PLUGIN_PREFIX}: the type-checked configs need TypeScript and typescript-eslint; install them with \`npm install --save-dev typescript typescript-eslint\`.`,
      { cause: error },
    );
  }
  return {
    name: `${PLUGIN_PREFIX}/${kind}/typescript`,
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: { parser, parserOptions: { projectService: true } },
  };
}

/** Defines a config built on first use. */
function lazyConfig(name: keyof typeof plugin.configs, build: () => TSESLint.FlatConfig.ConfigArray): void {
  let built: TSESLint.FlatConfig.ConfigArray | undefined;
  Object.defineProperty(plugin.configs, name, {
    enumerable: true,
    configurable: false,
    get: () => (built ??= build()),
  });
}

lazyConfig('recommendedTypeChecked', () => [...plugin.configs.recommended, typedBlock('recommended-type-checked')]);
lazyConfig('strictTypeChecked', () => [...plugin.configs.strict, typedBlock('strict-type-checked')]);
lazyConfig('typed', () => plugin.configs.recommendedTypeChecked);

export { rules };
export const configs = plugin.configs;
export const meta = plugin.meta;
export default plugin;
