import { createRule } from '../src/create-rule.js';
import { createLeakListeners, leakRuleMessages, type LeakMessageIds, type LeakRuleOptions } from '../src/leak-rule.js';
import { DEFAULT_FIX_MODE, FIX_MODE_SCHEMA, REPORT_IN_CLIENT_APPS_SCHEMA, REPORT_IN_DEVELOPMENT_SCHEMA } from '../src/options.js';

export type MessageIds = LeakMessageIds;
export type Options = [Pick<LeakRuleOptions, 'fix' | 'ignore' | 'checkQueryAndParams' | 'reportInDevelopment' | 'reportInClientApps'>];

export default createRule<Options, MessageIds>({
  name: 'no-raw-bodies-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow raw request and response bodies, headers and whole request objects in log calls',
      recommended: true,
    },
    fixable: 'code',
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are made in src/leak-rule.ts
    hasSuggestions: true,
    messages: leakRuleMessages('raw payload'),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          fix: FIX_MODE_SCHEMA,
          ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Payload expressions never to report, as the message names them, such as `req.headers`.',
          },
          checkQueryAndParams: {
            type: 'boolean',
            description:
              'Also report `req.query`, `req.params` and the URL with its query string (`req.originalUrl`), which can carry tokens. On in `strict`.',
          },
          reportInDevelopment: REPORT_IN_DEVELOPMENT_SCHEMA,
          reportInClientApps: REPORT_IN_CLIENT_APPS_SCHEMA,
        },
      },
    ],
    defaultOptions: [{ fix: DEFAULT_FIX_MODE, ignore: [], checkQueryAndParams: false, reportInDevelopment: false, reportInClientApps: false }],
  },
  create(context, [options]) {
    return createLeakListeners(context, options, 'payload');
  },
});
