import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../src/create-rule.js';
import { useFileAnalysis } from '../src/engine.js';
import { environmentGuardOf } from '../src/guards.js';
import { isJavaScript } from '../src/utils/ast.js';
import { DEFAULT_DEVELOPMENT_FILES, DEFAULT_PRODUCTION_FILES, SAFE_LEVELS } from '../src/levels/catalog.js';
import { configRoots, findConfigLevels, findVerboseScripts } from '../src/levels/config-files.js';
import { matchesFile, type VerboseLevel } from '../src/levels/levels.js';

export type MessageIds =
  | 'verboseLevel'
  | 'verboseFallback'
  | 'verboseConfig'
  | 'verboseScript'
  | 'useLevel'
  | 'useDefault'
  | 'removeLevel'
  | 'removeVariable';

export interface LevelRuleOptions {
  productionFiles?: string[];
  developmentFiles?: string[];
}
export type Options = [LevelRuleOptions];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** What the file's name says: a test or development file (never reported), a production config file. */
interface FileKind {
  readonly isPackageJson: boolean;
  readonly development: boolean;
  readonly production: boolean;
}

const WHERE = {
  productionFile: 'in a production config file',
  productionBranch: 'in code that only runs in production',
  unconditional: 'unconditionally, so production logs at it too',
};

/** True when `node` sits in a branch that depends on something (an `if`, `?:`, `&&`, `||`, `switch`). */
function isConditional(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (child !== parent.test) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (child === parent.right) return true;
        break;
      case AST_NODE_TYPES.SwitchCase:
      case AST_NODE_TYPES.CatchClause:
        return true;
      default:
        break;
    }
  }
  return false;
}

function replacementText(node: { type: string }, raw: string, quote: string, level: { name: string; number: number }, numeric: boolean): string {
  if (numeric) return String(level.number);
  if (['Literal', 'String', 'YAMLScalar'].includes(node.type)) {
    const mark = quote || (raw.startsWith("'") ? "'" : raw.startsWith('"') ? '"' : '');
    return `${mark}${level.name}${mark}`;
  }
  return `'${level.name}'`;
}

export default createRule<Options, MessageIds>({
  name: 'no-debug-level-in-production',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow debug, trace and other verbose log levels in production logger configuration',
      recommended: true,
    },
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
    // Which globs the file matches is worked out only when it is needed: most files set no verbose level.
    let kind: FileKind | undefined;
    const fileKind = (): FileKind => {
      if (!kind) {
        const filename = context.physicalFilename;
        const isPackageJson = /(?:^|[\\/])package\.json$/u.test(filename);
        kind = {
          isPackageJson,
          development: !isPackageJson && matchesFile(filename, context.cwd, options.developmentFiles ?? DEFAULT_DEVELOPMENT_FILES),
          production: matchesFile(filename, context.cwd, options.productionFiles ?? DEFAULT_PRODUCTION_FILES),
        };
      }
      return kind;
    };
    if (!isJavaScript(context.sourceCode)) return configListeners(context, fileKind);
    return scriptListeners(context, fileKind);
  },
});

function scriptListeners(context: Context, fileKind: () => FileKind): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const { analysis, listeners } = useFileAnalysis(context);
  const report = (found: VerboseLevel, label: string, viaEnvironment: boolean, productionFile: boolean): void => {
    const guard = environmentGuardOf(found.node, sourceCode);
    if (guard === 'development' || guard === 'test') return;
    let where: string | null = null;
    if (guard === 'production' || viaEnvironment) where = WHERE.productionBranch;
    else if (productionFile) where = WHERE.productionFile;
    else if (found.kind === 'value' && !isConditional(found.node)) where = WHERE.unconditional;
    if (found.kind === 'value' && where === null) return;
    const raw = sourceCode.getText(found.node);
    const numeric = typeof found.value === 'number';
    const inList = found.node.parent?.type === AST_NODE_TYPES.ArrayExpression;
    const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = inList
      ? [{ messageId: 'removeLevel', data: { level: found.level }, fix: (fixer) => removeListElement(fixer, sourceCode, found.node) }]
      : SAFE_LEVELS.map((level) => ({
          messageId: found.kind === 'fallback' ? ('useDefault' as const) : ('useLevel' as const),
          data: { level: numeric ? String(level.number) : level.name },
          fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(found.node, replacementText(found.node, raw, '', level, numeric)),
        }));
    if (found.kind === 'fallback' && found.primary) {
      context.report({
        node: found.node,
        messageId: 'verboseFallback',
        data: { level: found.level, primary: sourceCode.getText(found.primary) },
        suggest,
      });
      return;
    }
    context.report({
      node: found.node,
      messageId: 'verboseLevel',
      data: { level: found.level, label, where: where ?? WHERE.unconditional },
      suggest,
    });
  };
  return {
    ...listeners,
    'Program:exit'() {
      const levels = analysis.verboseLevels();
      if (levels.length === 0) return;
      const { development, production } = fileKind();
      if (development) return;
      for (const { label, level } of levels) report(level, label, level.viaEnvironment, production);
    },
  };
}

function removeListElement(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(node);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after);
    return fixer.removeRange([node.range[0], next && next.value !== ']' ? next.range[0] : after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(node);
  if (before?.value === ',') return fixer.removeRange([before.range[0], node.range[1]]);
  return fixer.remove(node);
}

function configListeners(context: Context, fileKind: () => FileKind): TSESLint.RuleListener {
  const text = context.sourceCode.text;
  const check = (ast: unknown): void => {
    const { isPackageJson, development, production: productionFile } = fileKind();
    if (development) return;
    for (const root of configRoots(ast)) {
      if (isPackageJson) {
        for (const script of findVerboseScripts(root, text)) {
          const offset = script.offset;
          context.report({
            loc: script.node.loc,
            messageId: 'verboseScript',
            data: { script: script.script, assignment: script.assignment },
            suggest:
              offset === null
                ? null
                : [
                    {
                      messageId: 'removeVariable',
                      data: { assignment: script.assignment },
                      fix: (fixer) => fixer.removeRange([offset, offset + script.assignment.length + (text[offset + script.assignment.length] === ' ' ? 1 : 0)]),
                    },
                  ],
          });
        }
      }
      if (!productionFile) continue;
      for (const level of findConfigLevels(root)) {
        const raw = text.slice(level.node.range[0], level.node.range[1]);
        const numeric = typeof level.value === 'number';
        context.report({
          loc: level.node.loc,
          messageId: 'verboseConfig',
          data: { level: String(level.value), key: level.key },
          suggest: SAFE_LEVELS.map((safe) => ({
            messageId: 'useLevel' as const,
            data: { level: numeric ? String(safe.number) : safe.name },
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([...level.node.range], replacementText(level.node, raw, level.quote, safe, numeric)),
          })),
        });
      }
    }
  };
  // `Document` is the root of `@eslint/json`; `Program` the root of `yaml-eslint-parser`.
  const listeners: Record<string, (node: unknown) => void> = { Document: check, Program: check };
  return listeners;
}
