import { compileVocabulary, DEFAULT_VOCABULARY } from '../src/classify/names.js';
import { createRule } from '../src/create-rule.js';
import { useFileAnalysis } from '../src/engine.js';
import { fixOrSuggest, redactFix, type FixMode } from '../src/fix/redact.js';
import { DEFAULT_FIX_MODE, FIX_MODE_SCHEMA } from '../src/options.js';
import { findSensitiveValues } from '../src/taint/sensitive-values.js';

export type MessageIds = 'secretInLog' | 'wrapInRedact';
export type Options = [
  {
    fix?: FixMode;
    words?: string[];
    ignore?: string[];
  },
];

export default createRule<Options, MessageIds>({
  name: 'no-secrets-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passwords, tokens, API keys and other secrets in log calls',
      recommended: true,
    },
    fixable: 'code',
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions come from fixOrSuggest()
    hasSuggestions: true,
    messages: {
      secretInLog: "'{{name}}' looks like a secret and reaches `{{callee}}()`.",
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- used through fixOrSuggest()
      wrapInRedact: 'Wrap `{{text}}` in `{{redact}}()`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          fix: FIX_MODE_SCHEMA,
          words: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Extra words or phrases that mark a name as a secret, such as `pepper` or `vault key`.',
          },
          ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Names or built-in terms to never report, such as `sessionId`.',
          },
        },
      },
    ],
    defaultOptions: [{ fix: DEFAULT_FIX_MODE, words: [], ignore: [] }],
  },
  create(context, [options]) {
    const { analysis, listeners } = useFileAnalysis(context);
    const { sourceCode, settings } = analysis;
    const words = options.words ?? [];
    const ignore = options.ignore ?? [];
    const vocabulary =
      words.length === 0 && ignore.length === 0
        ? DEFAULT_VOCABULARY
        : compileVocabulary({ add: { secret: words }, ignore });
    const categories = new Set(['secret'] as const);
    const fixMode = options.fix ?? DEFAULT_FIX_MODE;
    return {
      ...listeners,
      'Program:exit'() {
        for (const call of analysis.logCalls()) {
          for (const argument of call.args) {
            if (argument.role !== 'data' && argument.role !== 'message') continue;
            const scope = sourceCode.getScope(call.node);
            const values = findSensitiveValues(argument.node, {
              vocabulary,
              categories,
              redactName: settings.redact.name,
              scope,
            });
            for (const value of values) {
              const fix = redactFix(sourceCode, value.node, settings.redact);
              context.report({
                node: value.node,
                messageId: 'secretInLog',
                data: { name: value.name, callee: call.callee },
                ...fixOrSuggest(fixMode, fix, 'wrapInRedact', {
                  text: sourceCode.getText(value.node),
                  redact: settings.redact.name,
                }),
              });
            }
          }
        }
      },
    };
  },
});
