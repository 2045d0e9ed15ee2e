/**
 * eslint-plugin-secure-logging: the plugin object, with `meta`, `rules` and the flat configs
 * `recommended` and `strict`.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-meta.js';

/** The prefix rule ids are registered under: `secure-logging/no-secrets-in-logs`. */
export const PLUGIN_PREFIX = 'secure-logging';

type RuleName = keyof typeof rules;

/** Options `strict` sets beyond each rule's defaults. */
const STRICT_OPTIONS: Partial<Record<RuleName, unknown[]>> = {
  'no-secrets-in-logs': [{ reportInDevelopment: true }],
  'no-pii-in-logs': [{ reportInDevelopment: true }],
  'no-raw-bodies-in-logs': [{ reportInDevelopment: true, checkQueryAndParams: true }],
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
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.ConfigArray>,
};

const pluginForConfigs = plugin as unknown as TSESLint.FlatConfig.Plugin;

plugin.configs.recommended = [
  {
    name: `${PLUGIN_PREFIX}/recommended`,
    plugins: { [PLUGIN_PREFIX]: pluginForConfigs },
    rules: ruleEntries((name) => rules[name].meta.docs?.recommended === true),
  },
];

plugin.configs.strict = [
  {
    name: `${PLUGIN_PREFIX}/strict`,
    plugins: { [PLUGIN_PREFIX]: pluginForConfigs },
    rules: ruleEntries(() => true, STRICT_OPTIONS),
  },
];

export { rules };
export const configs = plugin.configs;
export const meta = plugin.meta;
export default plugin;
