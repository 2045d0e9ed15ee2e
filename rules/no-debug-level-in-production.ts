import { createRule } from '../src/create-rule.js';
import { useFileAnalysis } from '../src/engine.js';
import { isJavaScript } from '../src/utils/ast.js';
import { DEFAULT_DEVELOPMENT_FILES, DEFAULT_PRODUCTION_FILES } from '../src/levels/catalog.js';
import { configLevelReports, lazyFileKind, scriptLevelReports, type LevelRuleOptions, type MessageIds } from '../src/levels/reports.js';

export type { LevelRuleOptions, MessageIds } from '../src/levels/reports.js';
export type Options = [LevelRuleOptions];

export default createRule<Options, MessageIds>({
  name: 'no-debug-level-in-production',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow debug, trace and other verbose log levels in production logger configuration',
      recommended: true,
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are made in src/levels/reports.ts
    hasSuggestions: true,
    messages: {
      verboseLevel: "Log level '{{level}}' is set by `{{label}}` {{where}}. Verbose levels write internals and request data to production logs.",
      verboseFallback:
        "'{{level}}' is the fallback of `{{primary}}`, so production logs at '{{level}}' whenever `{{primary}}` is unset.",
      verboseConfig: "Log level '{{level}}' under `{{key}}` in a production config file.",
      verboseScript: 'The production script `{{script}}` sets `{{assignment}}`, which turns on verbose output.',
      useLevel: "Use '{{level}}' instead.",
      useDefault: "Make '{{level}}' the fallback.",
      removeLevel: "Remove '{{level}}' from the list.",
      removeVariable: 'Remove `{{assignment}}` from the script.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          productionFiles: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Globs of production config files, where any verbose level is reported. Replaces the defaults (`**/config/*prod*.*`, `**/*.prod.*`, `**/production.*`, `**/config.prod.*`).',
          },
          developmentFiles: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Globs of test and development files, where verbose levels are fine. Replaces the defaults (`**/*.test.*`, `**/*.spec.*`, `**/test/**`, `**/tests/**`, `**/__tests__/**`, `**/*.dev.*`, `**/config/*dev*.*`, `**/config/*test*.*`, `**/config/*local*.*`).',
          },
        },
      },
    ],
    defaultOptions: [{ productionFiles: [...DEFAULT_PRODUCTION_FILES], developmentFiles: [...DEFAULT_DEVELOPMENT_FILES] }],
  },
  create(context, [options]) {
    const fileKind = lazyFileKind(context.physicalFilename, context.cwd, options);
    if (!isJavaScript(context.sourceCode)) {
      const check = (ast: unknown): void => {
        for (const report of configLevelReports(ast, context.sourceCode.text, fileKind)) context.report(report);
      };
      // `Document` is the root of `@eslint/json`; `Program` the root of `yaml-eslint-parser`.
      return { Document: check, Program: check };
    }
    const { analysis, listeners } = useFileAnalysis(context);
    return {
      ...listeners,
      'Program:exit'() {
        for (const report of scriptLevelReports(analysis, fileKind)) context.report(report);
      },
    };
  },
});
