import { createRule } from '../src/create-rule.js';
import { createLeakListeners, leakRuleSchemaProperties, type LeakMessageIds, type LeakRuleOptions } from '../src/leak-rule.js';
import { DEFAULT_FIX_MODE, FIX_MODE_SCHEMA } from '../src/options.js';

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
    messages: {
      leak: "'{{name}}' looks like a secret and reaches `{{callee}}()`{{through}}.",
      literalLeak: 'A string that looks like {{name}} reaches `{{callee}}()`{{through}}.',
      recordLeak: "'{{name}}' is a whole record about a person and reaches `{{callee}}()`{{through}}; log the fields you need.",
      wrapInRedact: 'Wrap `{{text}}` in `{{redact}}()`.',
      wrapAtSource: 'Wrap `{{text}}` in `{{redact}}()` where it enters, on line {{line}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          fix: FIX_MODE_SCHEMA,
          ...leakRuleSchemaProperties('secret'),
          checkLiterals: {
            type: 'boolean',
            description:
              'Also report string literals that reach a log call and look like a secret: known token formats (AWS, GitHub, Stripe, JWT, private keys, URLs with passwords) and long random strings.',
          },
        },
      },
    ],
    defaultOptions: [{ fix: DEFAULT_FIX_MODE, words: [], ignore: [], checkLiterals: true, reportInDevelopment: false }],
  },
  create(context, [options]) {
    return createLeakListeners(context, options, 'secret');
  },
});
