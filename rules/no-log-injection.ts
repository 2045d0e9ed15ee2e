import { createRule } from '../src/create-rule.js';
import { useFileAnalysis } from '../src/engine.js';
import { isJavaScript } from '../src/utils/ast.js';
import { redactFix } from '../src/fix/redact.js';
import { DEFAULT_REDACT_SOURCE } from '../src/settings.js';
import { REPORT_IN_DEVELOPMENT_SCHEMA } from '../src/options.js';
import { describeSteps } from '../src/report/steps.js';

export type MessageIds = 'injection' | 'wrapInLogSafe';
export type Options = [{ reportInDevelopment?: boolean; ignore?: string[] }];

/** The runtime's neutraliser, imported from the runtime package whatever the project's redact helper is. */
const LOG_SAFE = { name: 'logSafe', source: DEFAULT_REDACT_SOURCE };

export default createRule<Options, MessageIds>({
  name: 'no-log-injection',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow request-controlled text in text logs without neutralising line breaks and terminal escapes',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      injection:
        "'{{name}}' is the client's own text and reaches `{{callee}}()`{{through}}, which writes it into a line of text as it is: a line break in it forges a log line. Neutralise it with logSafe().",
      wrapInLogSafe: 'Wrap it in logSafe() from @secure-logging/redact.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportInDevelopment: REPORT_IN_DEVELOPMENT_SCHEMA,
          ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Request values never to report, as the message names them, such as `req.query.q`.',
          },
        },
      },
    ],
    defaultOptions: [{ reportInDevelopment: false, ignore: [] }],
  },
  create(context, [options]) {
    if (!isJavaScript(context.sourceCode)) return {};
    const { analysis, listeners } = useFileAnalysis(context);
    const ignored = new Set(options.ignore ?? []);
    return {
      ...listeners,
      'Program:exit'() {
        const reported = new Set<unknown>();
        for (const finding of analysis.injections()) {
          const { flow } = finding;
          if (reported.has(flow.sink) || ignored.has(flow.origin.name)) continue;
          if (finding.environment !== null && finding.environment !== 'production' && options.reportInDevelopment !== true) continue;
          reported.add(flow.sink);
          const fix = redactFix(analysis.sourceCode, flow.sink, LOG_SAFE, context.physicalFilename);
          context.report({
            node: flow.sink,
            messageId: 'injection',
            data: { name: flow.origin.name, callee: finding.call.callee, through: describeSteps(flow.through) },
            ...(fix ? { suggest: [{ messageId: 'wrapInLogSafe', fix }] } : {}),
          });
        }
      },
    };
  },
});
