import { createRule } from '../src/create-rule.js';
import { isJavaScript } from '../src/utils/ast.js';
import { findHttpLoggerLeaks } from '../src/http-loggers/find.js';

export type MessageIds = 'pinoHeaders' | 'winstonHeaders' | 'morganHeaders';
export type Options = [{ headers?: string[] }];

/** `Authorization`, `Authorization and Cookie`, `Authorization, Cookie and Set-Cookie`. */
function listed(headers: readonly string[]): string {
  return headers.length <= 1 ? (headers[0] ?? '') : `${headers.slice(0, -1).join(', ')} and ${headers.at(-1) ?? ''}`;
}

export default createRule<Options, MessageIds>({
  name: 'no-unredacted-http-logger',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow HTTP request loggers that write Authorization, Cookie or Set-Cookie headers',
      recommended: true,
    },
    fixable: 'code',
    messages: {
      pinoHeaders:
        '`{{callee}}()` logs the headers of every request and response, {{headers}} included. Add redact paths for {{them}}.',
      winstonHeaders:
        '`{{callee}}()` logs the headers of every request, {{headers}} included. Add {{them}} to `headerBlacklist`.',
      morganHeaders: '`{{callee}}()` prints {{headers}} from every request. Take {{them}} out of the format.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          headers: {
            type: 'array',
            items: { type: 'string', minLength: 1, pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$' },
            uniqueItems: true,
            description:
              'More request headers that carry credentials in your project (`x-api-key`, `x-auth-token`), kept out like Authorization and Cookie: redact paths for pino-http, `headerBlacklist` for express-winston, tokens for morgan.',
          },
        },
      },
    ],
    defaultOptions: [{ headers: [] }],
  },
  create(context, [options]) {
    if (!isJavaScript(context.sourceCode)) return {};
    return {
      'Program:exit'() {
        for (const finding of findHttpLoggerLeaks(context.sourceCode, options.headers ?? [])) {
          const messageId = finding.kind === 'morgan' ? 'morganHeaders' : finding.kind === 'express-winston' ? 'winstonHeaders' : 'pinoHeaders';
          context.report({
            node: finding.node,
            messageId,
            data: { callee: finding.callee, headers: listed(finding.headers), them: finding.headers.length > 1 ? 'them' : 'it' },
            ...(finding.fix ? { fix: finding.fix } : {}),
          });
        }
      },
    };
  },
});
