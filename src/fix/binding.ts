/**
 * How the fixes of one file reach the redact helper, decided once per file so that every fix of
 * the file agrees:
 *
 * - an import or require of the runtime that the file already has, under whatever local name
 *   (`import { redact as hide }`, `const { redact: hide } = require(…)`, `const r = require(…)`);
 * - otherwise a new import, under the helper's name when nothing in the file uses that name, and
 *   under a fresh name (`redactForLog`) when something does: pino's `redact` option, a parameter,
 *   the user's own unrelated `redact`.
 *
 * The new import follows the module system Node will use for the file (its extension, and the
 * `type` of the nearest package.json for `.js`), and the file's quotes and semicolons.
 */
import path from 'node:path';
import { nearestManifest } from '../utils/manifest.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import { DEFAULT_REDACT_SOURCE } from '../settings.js';
import { importedBindingOf, requiredSource, type ImportedBinding } from '../utils/imports.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The helper the fix calls and where it is imported from. */
export interface RedactHelper {
  readonly name: string;
  readonly source: string;
}

/** Module paths of this package's runtime: the runtime package and the plugin's re-export. */
const RUNTIME_SOURCES: readonly string[] = [DEFAULT_REDACT_SOURCE, 'eslint-plugin-secure-logging/redact'];

/** The module paths that provide the helper: its source, and the runtime's other path when it is the runtime. */
export function helperSources(helper: RedactHelper): ReadonlySet<string> {
  return new Set(RUNTIME_SOURCES.includes(helper.source) ? [helper.source, ...RUNTIME_SOURCES] : [helper.source]);
}

/** What the fixes of a file call, and the statement that provides it. */
export interface HelperBinding {
  /** The callee the fix writes: `redact`, `hide`, `logging.redact`. */
  readonly callee: string;
  /** The import or require to insert, or `null` when the file already has one. */
  readonly statement: string | null;
}

/** True when the binding is the helper: its named export, or the runtime's default export (`redact`). */
function isHelperExport(binding: ImportedBinding, helper: RedactHelper): boolean {
  return binding.name === helper.name || (binding.name === 'default' && helper.name === 'redact' && RUNTIME_SOURCES.includes(helper.source));
}

/** The callee text an existing top-level import or require of the helper provides, if the file has one. */
function existingCallee(sourceCode: SourceCode, helper: RedactHelper, sources: ReadonlySet<string>): string | undefined {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration && statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const variable of sourceCode.getDeclaredVariables(statement)) {
      const binding = importedBindingOf(variable);
      if (!binding || !sources.has(binding.module)) continue;
      if (isHelperExport(binding, helper)) return variable.name;
      if (binding.name === '*') return `${variable.name}.${helper.name}`;
    }
  }
  return undefined;
}

/** Every name the file declares, in any scope, or reads as a global. */
function namesInUse(sourceCode: SourceCode): ReadonlySet<string> {
  const names = new Set<string>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) names.add(variable.name);
  }
  for (const reference of sourceCode.scopeManager?.globalScope?.through ?? []) names.add(reference.identifier.name);
  return names;
}

/** The helper's name when the file does not use it, else the first free `<name>ForLog`, `<name>ForLog2`, …. */
function freeName(name: string, used: ReadonlySet<string>): string {
  if (!used.has(name)) return name;
  for (let index = 1; ; index++) {
    const candidate = `${name}ForLog${index === 1 ? '' : String(index)}`;
    if (!used.has(candidate)) return candidate;
  }
}

function hasModuleSyntax(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
      statement.type === AST_NODE_TYPES.TSExportAssignment,
  );
}

/** True for a top-level `const x = require('…')` (or `require('…').y`). */
export function isRequireDeclaration(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  return statement.declarations.some((declarator) => {
    let init = declarator.init;
    while (init?.type === AST_NODE_TYPES.MemberExpression) init = init.object;
    return requiredSource(init) !== undefined;
  });
}

/**
 * True if the new statement must be a `require`: the file is parsed as a script, or it has no
 * `import`/`export` and either uses `require` or is CommonJS by Node's rules (`.cjs`, `.cts`, or a
 * `.js` file whose nearest package.json does not say `"type": "module"`).
 */
export function isCommonJsFile(sourceCode: SourceCode, filename?: string): boolean {
  const program = sourceCode.ast;
  if (program.sourceType !== 'module') return true;
  if (hasModuleSyntax(program)) return false;
  if (program.body.some(isRequireDeclaration)) return true;
  if (filename === undefined || !path.isAbsolute(filename)) return false;
  const extension = path.extname(filename);
  if (extension === '.cjs' || extension === '.cts') return true;
  if (extension !== '.js' && extension !== '.jsx') return false;
  return nearestManifest(path.dirname(filename))?.type !== 'module';
}

function quoteOf(sourceCode: SourceCode): string {
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) return statement.source.raw.startsWith('"') ? '"' : "'";
  }
  const requireString = /require\(\s*(["'])/u.exec(sourceCode.text);
  if (requireString?.[1] !== undefined) return requireString[1];
  const firstString = sourceCode.ast.tokens.find((token) => token.type === AST_TOKEN_TYPES.String);
  return firstString?.value.startsWith('"') === true ? '"' : "'";
}

const bindings = new WeakMap<TSESTree.Program, Map<string, HelperBinding>>();

/** How the fixes of this file call the helper (cached per file and helper). */
export function helperBindingOf(sourceCode: SourceCode, helper: RedactHelper, filename: string | undefined, semicolons: boolean): HelperBinding {
  const program = sourceCode.ast;
  let byHelper = bindings.get(program);
  if (!byHelper) bindings.set(program, (byHelper = new Map<string, HelperBinding>()));
  const key = `${helper.name}\0${helper.source}`;
  const cached = byHelper.get(key);
  if (cached) return cached;
  const sources = helperSources(helper);
  const existing = existingCallee(sourceCode, helper, sources);
  let binding: HelperBinding;
  if (existing !== undefined) {
    binding = { callee: existing, statement: null };
  } else {
    const local = freeName(helper.name, namesInUse(sourceCode));
    const quote = quoteOf(sourceCode);
    const source = `${quote}${helper.source.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
    const semi = semicolons ? ';' : '';
    const statement = isCommonJsFile(sourceCode, filename)
      ? `const { ${local === helper.name ? local : `${helper.name}: ${local}`} } = require(${source})${semi}`
      : `import { ${local === helper.name ? local : `${helper.name} as ${local}`} } from ${source}${semi}`;
    binding = { callee: local, statement };
  }
  byHelper.set(key, binding);
  return binding;
}

/**
 * True if the identifier is bound to the helper by an import or require of one of its sources
 * (`hide` in `import { redact as hide } from '@secure-logging/redact'`).
 */
export function isHelperBinding(variable: TSESLint.Scope.Variable | null, helper: RedactHelper): boolean {
  const binding = importedBindingOf(variable);
  return binding !== null && helperSources(helper).has(binding.module) && isHelperExport(binding, helper);
}
