/**
 * The per-file engine shared by every rule. It runs once per file, cached per `Program`: the
 * first rule that asks installs one listener that collects call expressions during ESLint's own
 * traversal, and the analysis is computed lazily the first time any rule asks for it (in
 * `Program:exit`, after the traversal). Rules only ask questions and report.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findLogCalls, type LogCall } from './loggers/find-log-calls.js';
import { resolveSettings, type ResolvedSettings } from './settings.js';

/** What the engine knows about one file. */
export interface FileAnalysis {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: ResolvedSettings;
  /** Every log call of the file, in source order. */
  logCalls(): readonly LogCall[];
}

interface FileState {
  readonly calls: TSESTree.CallExpression[];
  readonly analysis: FileAnalysis;
}

const states = new WeakMap<TSESTree.Program, FileState>();

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Returns the shared analysis of the file being linted, and the listeners the calling rule must
 * merge into its own (non-empty only for the first rule of the file).
 */
export function useFileAnalysis(context: AnyContext): {
  analysis: FileAnalysis;
  listeners: TSESLint.RuleListener;
} {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const existing = states.get(program);
  if (existing) return { analysis: existing.analysis, listeners: {} };

  const settings = resolveSettings(context.settings);
  const calls: TSESTree.CallExpression[] = [];
  let logCalls: LogCall[] | undefined;
  const analysis: FileAnalysis = {
    sourceCode,
    settings,
    logCalls() {
      logCalls ??= findLogCalls(sourceCode, calls, settings);
      return logCalls;
    },
  };
  states.set(program, { calls, analysis });
  return {
    analysis,
    listeners: {
      CallExpression(node) {
        calls.push(node);
      },
    },
  };
}
