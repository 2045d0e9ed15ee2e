import { createRule } from '../src/create-rule.js';
import {
  createLeakListeners,
  leakRuleMessages,
  leakRuleSchemaProperties,
  type LeakMessageIds,
  type LeakRuleOptions,
} from '../src/leak-rule.js';
import { DEFAULT_FIX_MODE } from '../src/options.js';

export type MessageIds = LeakMessageIds;
export type Options = [LeakRuleOptions];

export default createRule<Options, MessageIds>({
  name: 'no-secrets-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passwords, tokens, API keys and other secrets in log calls',
      recommended: true,
    },
    fixable: 'code',
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are made in src/leak-rule.ts
    hasSuggestions: true,
    messages: leakRuleMessages('a secret'),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...leakRuleSchemaProperties('secret'),
          checkLiterals: {
            type: 'boolean',
            description:
              'Also report string literals that reach a log call and look like a secret: known token formats (AWS, GitHub, Stripe, JWT, private keys, URLs with passwords) and long random strings.',
          },
        },
      },
    ],
    defaultOptions: [{ fix: DEFAULT_FIX_MODE, words: [], ignore: [], checkLiterals: true, reportInDevelopment: false, reportInClientApps: false }],
  },
  create(context, [options]) {
    return createLeakListeners(context, options, 'secret');
  },
});
