/**
 * The reports of `no-debug-level-in-production`, built from the engine's view of a file: verbose
 * levels set in code (where they reach production, with suggestions of safe levels) and in JSON
 * and YAML config files (production configs, and `DEBUG=*` in a start script).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { FileAnalysis } from '../engine.js';
import { environmentGuardOf } from '../guards.js';
import { DEFAULT_DEVELOPMENT_FILES, DEFAULT_PRODUCTION_FILES, SAFE_LEVELS } from './catalog.js';
import { configRoots, findConfigLevels, findVerboseScripts } from './config-files.js';
import { matchesFile, type VerboseLevel } from './levels.js';

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

type Report = TSESLint.ReportDescriptor<MessageIds>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/** What the file's name says: a test or development file (never reported), a production config file. */
export interface FileKind {
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

/** What the file's name says, worked out when first asked: most files set no verbose level. */
export function lazyFileKind(filename: string, cwd: string, options: LevelRuleOptions): () => FileKind {
  let kind: FileKind | undefined;
  return () => {
    if (!kind) {
      const isPackageJson = /(?:^|[\\/])package\.json$/u.test(filename);
      kind = {
        isPackageJson,
        development: !isPackageJson && matchesFile(filename, cwd, options.developmentFiles ?? DEFAULT_DEVELOPMENT_FILES),
        production: matchesFile(filename, cwd, options.productionFiles ?? DEFAULT_PRODUCTION_FILES),
      };
    }
    return kind;
  };
}

function replacementText(node: { type: string }, raw: string, quote: string, level: { name: string; number: number }, numeric: boolean): string {
  if (numeric) return String(level.number);
  if (['Literal', 'String', 'YAMLScalar'].includes(node.type)) {
    const mark = quote || (raw.startsWith("'") ? "'" : raw.startsWith('"') ? '"' : '');
    return `${mark}${level.name}${mark}`;
  }
  return `'${level.name}'`;
}

/** The reports for verbose levels set in the code of a JavaScript or TypeScript file. */
export function scriptLevelReports(analysis: FileAnalysis, fileKind: () => FileKind): Report[] {
  const levels = analysis.verboseLevels();
  if (levels.length === 0) return [];
  const { development, production } = fileKind();
  if (development) return [];
  const reports: Report[] = [];
  for (const { label, level } of levels) {
    const report = levelReport(analysis.sourceCode, level, label, level.viaEnvironment, production);
    if (report) reports.push(report);
  }
  return reports;
}

function levelReport(
  sourceCode: Readonly<TSESLint.SourceCode>,
  found: VerboseLevel,
  label: string,
  viaEnvironment: boolean,
  productionFile: boolean,
): Report | null {
  const guard = environmentGuardOf(found.node, sourceCode);
  if (guard === 'development' || guard === 'test') return null;
  let where: string | null = null;
  if (guard === 'production' || viaEnvironment) where = WHERE.productionBranch;
  else if (productionFile) where = WHERE.productionFile;
  else if (found.kind === 'value' && !isConditional(found.node)) where = WHERE.unconditional;
  if (found.kind === 'value' && where === null) return null;
  const raw = sourceCode.getText(found.node);
  const numeric = typeof found.value === 'number';
  const inList = found.node.parent?.type === AST_NODE_TYPES.ArrayExpression;
  const suggest: Suggestion[] = inList
    ? [{ messageId: 'removeLevel', data: { level: found.level }, fix: (fixer) => removeListElement(fixer, sourceCode, found.node) }]
    : SAFE_LEVELS.map((level) => ({
        messageId: found.kind === 'fallback' ? ('useDefault' as const) : ('useLevel' as const),
        data: { level: numeric ? String(level.number) : level.name },
        fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(found.node, replacementText(found.node, raw, '', level, numeric)),
      }));
  if (found.kind === 'fallback' && found.primary) {
    return { node: found.node, messageId: 'verboseFallback', data: { level: found.level, primary: sourceCode.getText(found.primary) }, suggest };
  }
  return { node: found.node, messageId: 'verboseLevel', data: { level: found.level, label, where: where ?? WHERE.unconditional }, suggest };
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

/** The reports for a JSON or YAML config file's root (`@eslint/json`'s `Document`, `yaml-eslint-parser`'s `Program`). */
export function configLevelReports(ast: unknown, text: string, fileKind: () => FileKind): Report[] {
  const { isPackageJson, development, production: productionFile } = fileKind();
  if (development) return [];
  const reports: Report[] = [];
  for (const root of configRoots(ast)) {
    if (isPackageJson) {
      for (const script of findVerboseScripts(root, text)) {
        const offset = script.offset;
        reports.push({
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
      reports.push({
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
  return reports;
}
