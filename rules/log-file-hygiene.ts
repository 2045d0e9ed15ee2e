import { createRule } from '../src/create-rule.js';
import { isJavaScript } from '../src/utils/ast.js';
import { findConfigLogFileIssues, findLogFileIssues } from '../src/log-files/find.js';
import { configRoots } from '../src/levels/config-files.js';

export type MessageIds = 'winstonFile' | 'log4jsFile' | 'bunyanFile' | 'worldReadable' | 'eggRotator' | 'addRotation' | 'restrictMode';
export type Options = [{ externalRotation?: boolean }];

export default createRule<Options, MessageIds>({
  name: 'log-file-hygiene',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require log files to rotate and to be readable by their owner only',
      recommended: false,
    },
    hasSuggestions: true,
    messages: {
      winstonFile: 'This winston File transport has no {{detail}}: the log file grows without bound. Set `maxsize` and `maxFiles`, or use a rotating transport.',
      log4jsFile: 'This log4js file appender has no `maxLogSize`: the log file grows without bound. Set `maxLogSize` and `backups`, or use a `dateFile` appender.',
      bunyanFile: "This bunyan stream writes a file that never rotates. Use `type: 'rotating-file'` with `period` and `count`.",
      worldReadable: 'The log file is created with mode {{detail}}, which lets every user of the machine read it.',
      eggRotator: "Egg's log rotator is turned off here: its log files grow without bound.",
      addRotation: 'Rotate at 10 MB and keep five files.',
      restrictMode: 'Create it with mode 0o600 (owner only).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          externalRotation: {
            type: 'boolean',
            description:
              'The log files are rotated outside the code (logrotate, the platform): check only that they are not world-readable.',
          },
        },
      },
    ],
    defaultOptions: [{ externalRotation: false }],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const rotation = options.externalRotation !== true;
    if (!isJavaScript(sourceCode)) {
      if (!rotation) return {};
      const check = (ast: unknown): void => {
        for (const root of configRoots(ast)) {
          for (const node of findConfigLogFileIssues(root)) {
            context.report({ loc: node.loc, messageId: 'log4jsFile' });
          }
        }
      };
      return { Document: check, Program: check };
    }
    return {
      'Program:exit'() {
        for (const finding of findLogFileIssues(sourceCode, context.physicalFilename)) {
          if (!rotation && finding.issue !== 'worldReadable') continue;
          const suggestion = finding.issue === 'worldReadable' ? 'restrictMode' : 'addRotation';
          context.report({
            node: finding.node,
            messageId: finding.issue,
            data: { detail: finding.detail },
            ...(finding.suggestion ? { suggest: [{ messageId: suggestion, fix: finding.suggestion }] } : {}),
          });
        }
      },
    };
  },
});
