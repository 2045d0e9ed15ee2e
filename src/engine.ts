/**
 * The per-file engine shared by every rule. It runs once per file, cached per `Program`: the
 * first rule that asks installs listeners that collect calls, `new` expressions and assignments
 * during ESLint's own traversal, and the analysis is computed lazily the first time any rule asks for it (in
 * `Program:exit`, after the traversal). Rules only ask questions and report.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { compileVocabulary, DEFAULT_VOCABULARY, type Vocabulary, type VocabularyOverrides } from '@secure-logging/redact/classify';
import { findLevelSettings } from './levels/find-level-settings.js';
import { verboseLevelsOf, type VerboseLevel } from './levels/levels.js';
import { findLogCalls, type LogCall } from './loggers/find-log-calls.js';
import { findTelemetryCalls } from './telemetry/find.js';
import { resolveSettings, type ResolvedSettings } from './settings.js';
import { findLeaks, type LeakFinding } from './taint/leaks.js';
import { findInjections, type InjectionFinding } from './taint/injection.js';
import type { LeakCategory } from './taint/types.js';
import { getTypeInfo, type TypeInfo } from './types/type-info.js';
import { createModuleLookup, type ModuleLookup } from './project/lookup.js';
import { addSink, moduleSummary, type ExportedLogger, type ModuleAnalyser, type ModuleFacts, type ModuleSummary, type ParseSetup, type Sinks } from './project/summaries.js';
import { resolveImport } from './project/resolve.js';
import type { FunctionNode } from './utils/ast.js';

/** Per-rule additions to the vocabulary from settings. */
export interface WordOptions {
  readonly secret?: readonly string[];
  readonly pii?: readonly string[];
  readonly ignore?: readonly string[];
}

/** What the engine knows about one file. */
export interface FileAnalysis {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: ResolvedSettings;
  /** The checker's view of the file, when it is linted with type information. */
  readonly types: TypeInfo | null;
  /** Every log call of the file, in source order. */
  logCalls(): readonly LogCall[];
  /** Every sensitive value reaching a log call, for the settings' vocabulary plus `words`. */
  leaks(words?: WordOptions): readonly LeakFinding[];
  /** Every request-controlled string written into a text log (log injection). */
  injections(): readonly InjectionFinding[];
  /** Every verbose level the file's logger configuration can set, once per node, with where it is set. */
  verboseLevels(): readonly { readonly label: string; readonly level: VerboseLevel }[];
  /**
   * The leak rules on for this file, by category, with the words they trace with and what they
   * report: each rule registers itself when it is created, before any of them reports, so that a
   * value two rules would report is reported once, by the most specific.
   */
  readonly leakRules: Map<LeakCategory, LeakRuleEntry>;
  /** What this file, read as another file's import, tells: its wrappers' parameters and its exported loggers. */
  moduleFacts(probeStart: number): ModuleFacts;
}

/** A leak rule as the other leak rules see it. */
export interface LeakRuleEntry {
  readonly words: WordOptions;
  /** True when the rule reports this finding (its category, options and environment allow it). */
  readonly reports: (finding: LeakFinding) => boolean;
}

const vocabularies = new Map<string, Vocabulary>();

/** The vocabulary for the settings' words plus a rule's words, compiled once per distinct set. */
function vocabularyFor(settings: ResolvedSettings, words: WordOptions | undefined): { key: string; vocabulary: Vocabulary } {
  const lists = [
    settings.words.secret,
    words?.secret,
    settings.words.pii,
    words?.pii,
    settings.words.ignore,
    words?.ignore,
    settings.words.safe,
  ];
  // The common case, no extra words anywhere, needs no key built.
  if (lists.every((list) => list === undefined || list.length === 0)) return { key: '', vocabulary: DEFAULT_VOCABULARY };
  const overrides: VocabularyOverrides = {
    add: {
      secret: [...(settings.words.secret ?? []), ...(words?.secret ?? [])],
      pii: [...(settings.words.pii ?? []), ...(words?.pii ?? [])],
    },
    ignore: [...(settings.words.ignore ?? []), ...(words?.ignore ?? [])],
    safe: settings.words.safe ?? [],
  };
  const key = JSON.stringify(overrides);
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) {
    if (vocabularies.size > 64) vocabularies.clear();
    vocabulary = compileVocabulary(overrides);
    vocabularies.set(key, vocabulary);
  }
  return { key, vocabulary };
}

interface FileState {
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
  const news: TSESTree.NewExpression[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  let logCalls: LogCall[] | undefined;
  let levels: { label: string; level: VerboseLevel }[] | undefined;
  let injections: InjectionFinding[] | undefined;
  const leaks = new Map<string, LeakFinding[]>();
  const sanitizers = new Set(settings.sanitizers);
  const types = getTypeInfo(context, settings.types);
  let modules: ModuleLookup | undefined;
  const parseSetup = (): ParseSetup => ({ languageOptions: context.languageOptions, settings: context.settings });
  const moduleLookup = (): ModuleLookup => {
    modules ??= createModuleLookup(context.physicalFilename, sourceCode, parseSetup(), analyseModule);
    return modules;
  };
  const analysis: FileAnalysis = {
    sourceCode,
    settings,
    types,
    leakRules: new Map(),
    logCalls() {
      logCalls ??= withTelemetry(findLogCalls(sourceCode, calls, settings, types), findTelemetryCalls(sourceCode, calls, settings.telemetryOff));
      return logCalls;
    },
    leaks(words) {
      const { key, vocabulary } = vocabularyFor(settings, words);
      let found = leaks.get(key);
      if (!found) {
        found = findLeaks(sourceCode, analysis.logCalls(), { vocabulary, sanitizers, redact: settings.redact, types, calls, modules: moduleLookup() });
        leaks.set(key, found);
      }
      return found;
    },
    moduleFacts(probeStart) {
      const sinks = new Map<FunctionNode, Sinks>();
      const loggers = new Map<string, ExportedLogger>();
      const logCalls = analysis.logCalls();
      const own = logCalls.filter((call) => call.node.range[0] < probeStart);
      findLeaks(sourceCode, own, {
        vocabulary: DEFAULT_VOCABULARY,
        sanitizers,
        redact: settings.redact,
        calls: calls.filter((call) => call.range[0] < probeStart),
        // A summary does not read further modules for its own log calls: one level of wrappers.
        onParameter: (fn, index, rest) => { addSink(sinks, fn, index, rest); },
        parametersThroughSanitizers: true,
      });
      for (const call of logCalls) {
        if (call.node.range[0] < probeStart || call.recognizedBy === 'name' || call.recognizedBy === 'wrapper' || call.recognizedBy === 'telemetry') continue;
        const callee = call.node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) continue;
        loggers.set(callee.object.name, {
          library: call.library,
          redactPaths: call.redactPaths,
          serializers: call.serializers,
          ...(call.writesText === true ? { writesText: true } : {}),
        });
      }
      const reexported = (source: string): ModuleSummary | null => {
        const file = resolveImport(context.physicalFilename, source);
        return file ? moduleSummary(file, parseSetup(), analyseModule) : null;
      };
      return { sinks, loggers, reexported };
    },
    injections() {
      injections ??= findInjections(sourceCode, analysis.logCalls(), { calls, sanitizers, redact: settings.redact, modules: moduleLookup() });
      return injections;
    },
    verboseLevels() {
      if (levels) return levels;
      levels = [];
      const seen = new Set<TSESTree.Node>();
      for (const setting of findLevelSettings(sourceCode, { calls: [...calls, ...news], assignments })) {
        for (const level of verboseLevelsOf(setting.value, sourceCode)) {
          if (seen.has(level.node)) continue;
          seen.add(level.node);
          levels.push({ label: setting.label, level });
        }
      }
      return levels;
    },
  };
  states.set(program, { analysis });
  return {
    analysis,
    listeners: {
      CallExpression(node) {
        calls.push(node);
      },
      NewExpression(node) {
        news.push(node);
      },
      AssignmentExpression(node) {
        assignments.push(node);
      },
    },
  };
}

/** Log calls and telemetry calls in source order; a call that is both (`datadogLogs.logger.info`) is the telemetry call. */
function withTelemetry(logCalls: LogCall[], telemetry: readonly LogCall[]): LogCall[] {
  if (telemetry.length === 0) return logCalls;
  const nodes = new Set(telemetry.map((call) => call.node));
  return [...logCalls.filter((call) => !nodes.has(call.node)), ...telemetry].sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** Module summaries read another file through the same engine (see `project/summaries.ts`). */
const analyseModule: ModuleAnalyser = (context, probeStart) => {
  const { analysis, listeners } = useFileAnalysis(context);
  return { listeners, finish: () => analysis.moduleFacts(probeStart) };
};
