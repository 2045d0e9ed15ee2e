import { createRule } from '../src/create-rule.js';
import { createLeakListeners, leakRuleSchemaProperties, type LeakMessageIds, type LeakRuleOptions } from '../src/leak-rule.js';
import { DEFAULT_FIX_MODE, FIX_MODE_SCHEMA } from '../src/options.js';

export type MessageIds = LeakMessageIds;
export type Options = [Omit<LeakRuleOptions, 'checkLiterals'>];

export default createRule<Options, MessageIds>({
  name: 'no-pii-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow email addresses, phone numbers, card numbers and other personal data in log calls',
      recommended: true,
    },
    fixable: 'code',
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are made in src/leak-rule.ts
    hasSuggestions: true,
    messages: {
      leak: "'{{name}}' looks like personal data and reaches `{{callee}}()`{{through}}.",
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
          ...leakRuleSchemaProperties('pii'),
          checkRecords: {
            type: 'boolean',
            description:
              'Also report whole records about a person (`user`, `account`, `customer`, `patient`) logged as a whole; their fields, such as `user.id`, stay quiet.',
          },
        },
      },
    ],
    defaultOptions: [{ fix: DEFAULT_FIX_MODE, words: [], ignore: [], checkRecords: true, reportInDevelopment: false }],
  },
  create(context, [options]) {
    return createLeakListeners(context, options, 'pii');
  },
});
