/**
 * Module summaries: what another file of the project exports, as far as logging goes. When a
 * file logs through a logger or a helper imported from a relative module (or a tsconfig path or
 * `#import`), the engine reads that module's summary:
 *
 * - which exported functions, and which methods of exported classes, objects and instances, pass
 *   which of their parameters to a log call (`Logger.error(message, error, extra, request)`
 *   logs the first three, and hands the request to an error tracker);
 * - which exports are loggers of a known library, with their redact paths and serializers.
 *
 * The module is parsed with the importing file's parser (without type information) and analysed
 * by the same engine, through a `Linter` of its own. Summaries are cached per process by path,
 * modification time and size, and nest to a bounded depth. They are read only when a log call
 * through an import already carries a finding, or when a value that would be one is passed to an
 * imported function, so a project's files are not parsed twice.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { Linter } from 'eslint';
import type { LoggerLibrary } from '../loggers/catalog.js';
import type { SerializerKind } from '../sources/catalog.js';
import { isFunctionNode, type FunctionNode } from '../utils/ast.js';

/** Parameter positions that reach a log call; `restFrom` for a rest parameter. */
export interface Sinks {
  readonly indexes: ReadonlySet<number>;
  readonly restFrom: number | null;
}

/** A logger of a known library that a module exports. */
export interface ExportedLogger {
  readonly library: LoggerLibrary;
  readonly redactPaths: readonly string[];
  readonly serializers: Readonly<Record<string, SerializerKind>>;
  /** True for a winston logger whose format writes text (log injection). */
  readonly writesText?: boolean;
}

/** What one export does with logging. */
export interface ExportSummary {
  /** For an exported function: the parameters that reach a log call. */
  readonly call: Sinks | null;
  /**
   * For an exported class, object or instance: its methods that pass parameters to a log call, by
   * name. A method that is missing, or has no parameter listed, is not known to log nothing.
   */
  readonly methods: ReadonlyMap<string, Sinks>;
  readonly logger: ExportedLogger | null;
}

/**
 * A module's exports by name: `default`, named exports, and `*` for the whole module (`require()`,
 * `import * as`). Names re-exported with `export * from` are looked up in the other module only
 * when asked for.
 */
export interface ModuleSummary {
  get(name: string): ExportSummary | undefined;
}

/** What the engine of the summarised file found: its log calls' parameters, and probes of its exports. */
export interface ModuleFacts {
  readonly sinks: ReadonlyMap<FunctionNode, Sinks>;
  /** Loggers of known libraries, by the local name probed. */
  readonly loggers: ReadonlyMap<string, ExportedLogger>;
  /** The summary of another module this one re-exports from (`export { a } from './a'`, `export * from './b'`). */
  readonly reexported: (source: string) => ModuleSummary | null;
}

/** How the importing file is parsed; the summary parses the other module the same way. */
export interface ParseSetup {
  readonly languageOptions: TSESLint.FlatConfig.LanguageOptions;
  readonly settings: Readonly<Record<string, unknown>>;
}

/**
 * Analyses one module with the engine, which owns the rule machinery: the listeners to run during
 * the traversal, and what it found afterwards. Log calls at or after `probeStart` are the probes
 * appended to the module's text (`name.info()` for each exported name).
 */
export type ModuleAnalyser = (
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  probeStart: number,
) => { readonly listeners: TSESLint.RuleListener; readonly finish: () => ModuleFacts };

/** How deep summaries may nest (a helper module that logs through another module's wrapper). */
export const MAX_SUMMARY_DEPTH = 3;

const EMPTY: Sinks = { indexes: new Set(), restFrom: null };

/** True when the argument at `position` reaches a log call. */
export function reachesLog(sinks: Sinks, position: number): boolean {
  return sinks.indexes.has(position) || (sinks.restFrom !== null && position >= sinks.restFrom);
}

/** The top-level declaration of a local name: a function, a class or a variable's initialiser. */
function declarationOf(program: TSESTree.Program, name: string): TSESTree.Node | null {
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
        ? statement.declaration
        : statement;
    if (!declaration) continue;
    if ((declaration.type === AST_NODE_TYPES.FunctionDeclaration || declaration.type === AST_NODE_TYPES.ClassDeclaration) && declaration.id?.name === name) {
      return declaration;
    }
    if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name) return declarator.init ?? null;
      }
    }
  }
  return null;
}

interface Builder {
  readonly program: TSESTree.Program;
  readonly facts: ModuleFacts;
}

function summaryOfClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, builder: Builder): ExportSummary {
  const methods = new Map<string, Sinks>();
  for (const member of node.body.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) continue;
    if (member.computed || member.key.type !== AST_NODE_TYPES.Identifier) continue;
    const value = member.value;
    if (!value || !isFunctionNode(value)) continue;
    methods.set(member.key.name, builder.facts.sinks.get(value) ?? EMPTY);
  }
  return { call: null, methods, logger: null };
}

function summaryOfObject(node: TSESTree.ObjectExpression, builder: Builder, depth: number): ExportSummary {
  const methods = new Map<string, Sinks>();
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : typeof property.key.value === 'string' ? property.key.value : null;
    if (key === null) continue;
    const value = summaryOfValue(property.value, builder, depth + 1);
    methods.set(key, value?.call ?? EMPTY);
  }
  return { call: null, methods, logger: null };
}

/** The summary of an exported value: a function, a class, `new Class()`, an object literal or a local name. */
function summaryOfValue(node: TSESTree.Node, builder: Builder, depth = 0): ExportSummary | null {
  if (depth > 4) return null;
  if (isFunctionNode(node)) {
    const sinks = builder.facts.sinks.get(node) ?? EMPTY;
    return { call: sinks, methods: new Map(), logger: null };
  }
  switch (node.type) {
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      return summaryOfClass(node, builder);
    case AST_NODE_TYPES.ObjectExpression:
      return summaryOfObject(node, builder, depth);
    case AST_NODE_TYPES.NewExpression: {
      const callee = node.callee;
      if (callee.type === AST_NODE_TYPES.ClassExpression) return summaryOfClass(callee, builder);
      if (callee.type !== AST_NODE_TYPES.Identifier) return null;
      const declaration = declarationOf(builder.program, callee.name);
      return declaration?.type === AST_NODE_TYPES.ClassDeclaration || declaration?.type === AST_NODE_TYPES.ClassExpression
        ? summaryOfClass(declaration, builder)
        : null;
    }
    case AST_NODE_TYPES.Identifier: {
      const logger = builder.facts.loggers.get(node.name) ?? null;
      if (logger) return { call: null, methods: new Map(), logger };
      const declaration = declarationOf(builder.program, node.name);
      return declaration ? summaryOfValue(declaration, builder, depth + 1) : null;
    }
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return summaryOfValue(node.expression, builder, depth + 1);
    default:
      return null;
  }
}

/** `module.exports = …`, `module.exports.a = …`, `exports.a = …`: the export's name, `*` for the whole module. */
function commonJsExport(node: TSESTree.Node): string | null {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return null;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'module' && node.property.name === 'exports') return '*';
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'exports') return node.property.name;
  if (commonJsExport(object) === '*') return node.property.name;
  return null;
}

/** Exported names that may hold a logger instance: `export const log = …`, `export default log`, `module.exports = log`. */
const EXPORTED_NAME = /\bexport\s+(?:const|let|var)\s+([$A-Z_a-z][\w$]*)|\bexport\s+default\s+([$A-Z_a-z][\w$]*)\s*(?:;\s*)?$|\bmodule\.exports\s*=\s*([$A-Z_a-z][\w$]*)\s*(?:;\s*)?$/gmu;
const RESERVED = new Set(['class', 'function', 'async', 'new', 'abstract', 'await', 'interface', 'type', 'enum', 'declare', 'namespace']);

/**
 * Probes appended to a module's text so that the engine says which exported names are loggers of
 * a known library, with their redact paths: one `name.info()` per candidate name.
 */
export function probesFor(text: string): string {
  const names = new Set<string>();
  for (const match of text.matchAll(EXPORTED_NAME)) {
    const name = match[1] ?? match[2] ?? match[3];
    if (name !== undefined && !RESERVED.has(name)) names.add(name);
  }
  return [...names].map((name) => `\n;${name}.info();`).join('');
}

/** An export or import name as written: `a` or `'a-b'`. */
function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** Builds the summary of a module from its AST and what the engine found in it. */
export function buildSummary(program: TSESTree.Program, facts: ModuleFacts): ModuleSummary {
  const builder: Builder = { program, facts };
  const exports = new Map<string, ExportSummary>();
  // Re-exports, read from the other module only when asked for.
  const forwarded = new Map<string, { readonly source: string; readonly name: string }>();
  const stars: string[] = [];
  const add = (name: string, value: ExportSummary | null): void => {
    if (value) exports.set(name, value);
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      const source = statement.source.value;
      if (statement.exported) {
        const other = facts.reexported(source);
        add(nameOf(statement.exported), other?.get('*') ?? null);
      } else stars.push(source);
      continue;
    }
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.source) {
      for (const specifier of statement.specifiers) forwarded.set(nameOf(specifier.exported), { source: statement.source.value, name: nameOf(specifier.local) });
      continue;
    }
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      const declaration = statement.declaration;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration || declaration?.type === AST_NODE_TYPES.ClassDeclaration) {
        if (declaration.id) add(declaration.id.name, summaryOfValue(declaration, builder));
      } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
          add(declarator.id.name, summaryOfValue(declarator.id, builder));
        }
      }
      for (const specifier of statement.specifiers) add(nameOf(specifier.exported), summaryOfValue(specifier.local, builder));
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      add('default', summaryOfValue(statement.declaration, builder));
    } else if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AssignmentExpression) {
      const name = commonJsExport(statement.expression.left);
      if (name === null) continue;
      const value = summaryOfValue(statement.expression.right, builder);
      add(name, value);
      // `module.exports = { audit }` also exports `audit` by name.
      if (name === '*' && value) for (const [method, sinks] of value.methods) if (!exports.has(method)) add(method, { call: sinks, methods: new Map(), logger: null });
    }
  }
  if (exports.has('*') && !exports.has('default')) {
    const whole = exports.get('*');
    if (whole) exports.set('default', whole);
  }
  const summary: ModuleSummary = {
    get(name) {
      const own = exports.get(name);
      if (own) return own;
      // `import * as log from './log'`: the named exports, own and re-exported, are its methods.
      if (name === '*') return { call: null, methods: new NamespaceMethods((method) => summary.get(method)?.call ?? undefined), logger: null };
      const target = forwarded.get(name);
      if (target) return facts.reexported(target.source)?.get(target.name);
      if (name === 'default' || name === '*') return undefined;
      for (const source of stars) {
        const found = facts.reexported(source)?.get(name);
        if (found) return found;
      }
      return undefined;
    },
  };
  return summary;
}

/** The methods of a module namespace: looked up by name, in the module, when asked for. */
class NamespaceMethods extends Map<string, Sinks> {
  constructor(private readonly lookup: (name: string) => Sinks | undefined) {
    super();
  }

  override get(name: string): Sinks | undefined {
    return this.lookup(name);
  }
}

/** Adds a parameter to a function's sinks (the callback of the leak analysis). */
export function addSink(sinks: Map<FunctionNode, Sinks>, fn: FunctionNode, index: number, rest: boolean): void {
  const current = sinks.get(fn) ?? EMPTY;
  const indexes = new Set(current.indexes);
  if (!rest) indexes.add(index);
  sinks.set(fn, { indexes, restFrom: rest ? Math.min(index, current.restFrom ?? index) : current.restFrom });
}

interface CacheEntry {
  readonly stamp: string;
  readonly summary: ModuleSummary | null;
}

const cache = new Map<string, CacheEntry>();
const inProgress = new Set<string>();
/** One linter per file-system root: a `Linter` applies its config only to files under its cwd. */
const linters = new Map<string, Linter>();

/** Options that ask typescript-eslint for type information: a summary is read without it. */
const TYPED_PARSER_OPTIONS = ['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService'];

function untypedLanguageOptions(languageOptions: TSESLint.FlatConfig.LanguageOptions): TSESLint.FlatConfig.LanguageOptions {
  const parserOptions = Object.fromEntries(Object.entries(languageOptions.parserOptions ?? {}).filter(([key]) => !TYPED_PARSER_OPTIONS.includes(key)));
  return { ...languageOptions, parserOptions };
}

/**
 * The summary of `file`, parsed as `setup` says, or `null` when it cannot be read or parsed, is
 * being summarised already (an import cycle), or lies deeper than {@link MAX_SUMMARY_DEPTH}.
 */
export function moduleSummary(file: string, setup: ParseSetup, analyse: ModuleAnalyser): ModuleSummary | null {
  if (depthNow >= MAX_SUMMARY_DEPTH || inProgress.has(file)) return null;
  let stamp: string;
  try {
    const stats = statSync(file);
    stamp = `${String(stats.mtimeMs)}:${String(stats.size)}`;
  } catch {
    return null;
  }
  const cached = cache.get(file);
  if (cached?.stamp === stamp) return cached.summary;
  inProgress.add(file);
  let summary: ModuleSummary | null;
  try {
    summary = summarise(readFileSync(file, 'utf8'), file, setup, analyse);
  } catch {
    summary = null;
  } finally {
    inProgress.delete(file);
  }
  if (cache.size >= 2000) cache.clear();
  cache.set(file, { stamp, summary });
  return summary;
}

let depthNow = 0;

function summarise(text: string, file: string, setup: ParseSetup, analyse: ModuleAnalyser): ModuleSummary | null {
  let summary: ModuleSummary | null = null;
  const probeStart = text.length;
  const rule: TSESLint.RuleModule<string, readonly unknown[]> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    create(context) {
      const { listeners, finish } = analyse(context, probeStart);
      return {
        ...listeners,
        'Program:exit'(program: TSESTree.Program) {
          summary = buildSummary(program, finish());
        },
      };
    },
  };
  const root = path.parse(file).root;
  let linter = linters.get(root);
  if (!linter) {
    linter = new Linter({ configType: 'flat', cwd: root });
    linters.set(root, linter);
  }
  depthNow++;
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(
    `${text}\n${probesFor(text)}`,
    [
      {
        // A config of `**/*` alone matches no file in flat config: name the extension.
        files: [`**/*${path.extname(file)}`],
        languageOptions: untypedLanguageOptions(setup.languageOptions) as Linter.LanguageOptions,
        settings: setup.settings,
        plugins: { 'secure-logging-summary': { rules: { summary: rule as never } } },
        rules: { 'secure-logging-summary/summary': 'error' },
      },
    ],
    { filename: file },
  );
  } finally {
    depthNow--;
  }
  return messages.some((message) => message.fatal === true) ? null : summary;
}
