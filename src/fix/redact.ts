/**
 * The redact fixer: wraps exactly the offending expression in `redact(...)` and, when the file
 * does not import the helper yet, inserts its import (`import { redact } from '…'` in ES modules,
 * `const { redact } = require('…')` in CommonJS), under a fresh name when the file already uses
 * `redact` for something else (see `./binding.ts`).
 *
 * It handles shorthand properties (`{ token }` → `{ token: redact(token) }`), template slots,
 * spreads, sequence expressions and parentheses, and never wraps a value twice. Because a value
 * it wrapped counts as sanitized, applying the fixes again changes nothing.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { findVariable } from '../utils/eslint-utils.js';
import { type HelperBinding, helperBindingOf, isHelperBinding, isRequireDeclaration, type RedactHelper } from './binding.js';

/** How a rule offers its redact fix. */
export type FixMode = 'autofix' | 'suggestion' | 'none';

export type { RedactHelper } from './binding.js';
export { isCommonJsFile } from './binding.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** True for a call of the helper: by its name, by the file's binding of it, or by an alias of its import. */
function isRedactCall(node: TSESTree.Node, helper: RedactHelper, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = node.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name === helper.name || isHelperBinding(findVariable(sourceCode.getScope(callee), callee), helper);
  }
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === helper.name;
}

/** True if the node is already the argument of the redact helper (or the call itself). */
export function isAlreadyRedacted(node: TSESTree.Node, helper: RedactHelper, sourceCode: SourceCode): boolean {
  if (isRedactCall(node, helper, sourceCode)) return true;
  const parent = node.parent;
  return parent !== undefined && isRedactCall(parent, helper, sourceCode) && (parent as TSESTree.CallExpression).arguments[0] === node;
}

/** Statements that end with a semicolon unless the file leaves them to ASI. */
const SEMICOLON_STATEMENTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.VariableDeclaration,
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportDefaultDeclaration,
]);

/** The statements directly inside a statement that holds a body (function, class method, block). */
function innerStatements(statement: TSESTree.Node): readonly TSESTree.Node[] {
  switch (statement.type) {
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.declaration ? [statement.declaration] : [];
    case AST_NODE_TYPES.FunctionDeclaration:
      return statement.body.body;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body;
    case AST_NODE_TYPES.ClassDeclaration:
      return statement.body.body.flatMap((member) =>
        member.type === AST_NODE_TYPES.MethodDefinition && member.value.body ? member.value.body.body : [],
      );
    default:
      return [];
  }
}

/**
 * Whether the file ends statements with semicolons: decided by the first statement, at any depth
 * (a file may open with a function or class), that would end with one; a file with none uses them.
 */
function usesSemicolons(sourceCode: SourceCode): boolean {
  const queue: TSESTree.Node[] = [...sourceCode.ast.body];
  for (let index = 0; index < queue.length && index < 200; index++) {
    const statement = queue[index];
    if (!statement) break;
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.declaration) {
      return sourceCode.getLastToken(statement)?.value === ';';
    }
    if (SEMICOLON_STATEMENTS.has(statement.type) && !(statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && isBodied(statement))) {
      return sourceCode.getLastToken(statement)?.value === ';';
    }
    queue.push(...innerStatements(statement));
  }
  return true;
}

/** `export default function () {}` and `export default class {}` end with a brace, not a semicolon. */
function isBodied(statement: TSESTree.ExportDefaultDeclaration): boolean {
  const type = statement.declaration.type;
  return type === AST_NODE_TYPES.FunctionDeclaration || type === AST_NODE_TYPES.ClassDeclaration;
}

function isDirective(statement: TSESTree.ProgramStatement): boolean {
  return statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined;
}

interface ImportPlan {
  /** Statement to insert after, or `null` to insert before the first statement. */
  readonly after: TSESTree.ProgramStatement | null;
  readonly semicolons: boolean;
}

const importPlans = new WeakMap<TSESTree.Program, ImportPlan>();

/** Where and how this file takes an import, worked out once per file. */
function importPlanOf(sourceCode: SourceCode): ImportPlan {
  const program = sourceCode.ast;
  const cached = importPlans.get(program);
  if (cached) return cached;
  const body = program.body;
  const imports = body.filter((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const anchors = imports.length > 0 ? imports : body.filter(isRequireDeclaration);
  const plan: ImportPlan = {
    semicolons: usesSemicolons(sourceCode),
    after: anchors.at(-1) ?? body.filter(isDirective).at(-1) ?? null,
  };
  importPlans.set(program, plan);
  return plan;
}

/** The file's binding of the helper: what the fixes call, and the import they add if any. */
function bindingOf(sourceCode: SourceCode, helper: RedactHelper, filename: string | undefined): HelperBinding {
  return helperBindingOf(sourceCode, helper, filename, importPlanOf(sourceCode).semicolons);
}

/** The fix that makes the helper available, or `null` when the file already imports it. */
export function importFix(fixer: TSESLint.RuleFixer, sourceCode: SourceCode, binding: HelperBinding): TSESLint.RuleFix | null {
  const text = binding.statement;
  if (text === null) return null;
  const { after } = importPlanOf(sourceCode);
  if (after) return fixer.insertTextAfter(after, `\n${text}`);
  const first = sourceCode.ast.body[0];
  if (first) return fixer.insertTextBefore(first, `${text}\n`);
  return fixer.insertTextAfterRange([0, 0], `${text}\n`);
}

/** The fix that wraps `node` in the helper, including its import. */
export function redactFix(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  helper: RedactHelper,
  filename?: string,
): TSESLint.ReportFixFunction | null {
  if (isAlreadyRedacted(node, helper, sourceCode)) return null;
  const parent = node.parent;
  return (fixer) => {
    const binding = bindingOf(sourceCode, helper, filename);
    const fixes: TSESLint.RuleFix[] = [];
    const text = sourceCode.getText(node);
    const inner = node.type === AST_NODE_TYPES.SequenceExpression ? `(${text})` : text;
    const wrapped = `${binding.callee}(${inner})`;
    if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node) {
      fixes.push(fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${wrapped}`));
    } else {
      fixes.push(fixer.replaceText(node, wrapped));
    }
    const imported = importFix(fixer, sourceCode, binding);
    if (imported) fixes.push(imported);
    return fixes;
  };
}

/** The fix that replaces the value `node` with `text`, keeping a shorthand property's key (`{ req }` → `{ req: text }`). */
export function replaceValueFix(sourceCode: SourceCode, node: TSESTree.Node, text: string): TSESLint.ReportFixFunction {
  const parent = node.parent;
  return (fixer) =>
    parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node
      ? fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${text}`)
      : fixer.replaceText(node, text);
}

/**
 * Turns a fix into the report fields that the fix mode asks for: `fix`, a suggestion, or nothing.
 */
export function fixOrSuggest<MessageId extends string>(
  mode: FixMode,
  fix: TSESLint.ReportFixFunction | null,
  suggestionMessageId: MessageId,
  data?: Record<string, string>,
): Pick<TSESLint.ReportDescriptor<MessageId>, 'fix' | 'suggest'> {
  if (!fix || mode === 'none') return {};
  if (mode === 'autofix') return { fix };
  return { suggest: [{ messageId: suggestionMessageId, fix, ...(data ? { data } : {}) }] };
}
