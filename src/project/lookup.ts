/**
 * The importing side of module summaries: for an identifier bound by an import or a require of a
 * project file, the summary of the export it is bound to. One lookup per linted file; answers are
 * kept per variable.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { importedBindingOf } from '../utils/imports.js';
import { variableOf } from '../utils/eslint-utils.js';
import { resolveImport } from './resolve.js';
import { moduleSummary, type ExportSummary, type ModuleAnalyser, type ParseSetup } from './summaries.js';

export interface ModuleLookup {
  /** The summary of the export `identifier` is bound to, or `null` when it is not a project module's export or the module says nothing. */
  exportOf(identifier: TSESTree.Identifier): ExportSummary | null;
  /** True when `identifier` is bound by an import or require of a project file (cheap: no module is read). */
  isProjectImport(identifier: TSESTree.Identifier): boolean;
}

export function createModuleLookup(
  filename: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  setup: ParseSetup,
  analyse: ModuleAnalyser,
): ModuleLookup {
  const files = new Map<TSESLint.Scope.Variable, { file: string; name: string } | null>();
  const answers = new Map<TSESLint.Scope.Variable, ExportSummary | null>();
  const target = (identifier: TSESTree.Identifier): { variable: TSESLint.Scope.Variable; file: string; name: string } | null => {
    const variable = variableOf(identifier, sourceCode);
    if (!variable) return null;
    let found = files.get(variable);
    if (found === undefined) {
      const binding = importedBindingOf(variable);
      const file = binding ? resolveImport(filename, binding.module) : null;
      found = binding && file ? { file, name: binding.name } : null;
      files.set(variable, found);
    }
    return found ? { variable, ...found } : null;
  };
  return {
    isProjectImport: (identifier) => target(identifier) !== null,
    exportOf(identifier) {
      const found = target(identifier);
      if (!found) return null;
      let answer = answers.get(found.variable);
      if (answer === undefined) {
        const summary = moduleSummary(found.file, setup, analyse);
        answer = summary?.get(found.name) ?? (found.name === '*' ? (summary?.get('default') ?? null) : null);
        answers.set(found.variable, answer);
      }
      return answer;
    },
  };
}
