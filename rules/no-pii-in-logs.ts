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
    messages: leakRuleMessages('personal data'),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...leakRuleSchemaProperties('pii'),
          checkMachineAddresses: {
            type: 'boolean',
            description:
              'Also report IP addresses that belong to machines (network interfaces, servers, upstreams) and a bare `address` that nothing ties to a person (a listen address, a DNS answer); a client\'s IP from a request, and an address of a person, a request or mail, are always reported. On in `strict`.',
          },
          checkRecords: {
            type: 'boolean',
            description:
              'Also report whole records about a person (`user`, `account`, `customer`, `patient`) logged as a whole; their fields, such as `user.id`, stay quiet.',
          },
        },
      },
    ],
    defaultOptions: [{ fix: DEFAULT_FIX_MODE, words: [], ignore: [], checkRecords: true, checkMachineAddresses: false, reportInDevelopment: false, reportInClientApps: false }],
  },
  create(context, [options]) {
    return createLeakListeners(context, options, 'pii');
  },
});
