/**
 * Log injection: what neutralises a request's text before it reaches a text log. A call of one of
 * `INJECTION_NEUTRALISERS`, a `replace`/`replaceAll` chain that removes or escapes both CR and LF
 * (`.replace(/[\r\n]/g, '')`, `.replace(/\s+/g, ' ')`, `.replace(/[^\w-]/g, '')`, or one call per
 * character), and a schema that constrains the value to a safe set (`z.enum([…]).parse(x)`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { memberPathText, skipExpressionWrappers } from '../utils/ast.js';
import { INJECTION_NEUTRALISERS, SAFE_SET_SCHEMA_METHODS, SCHEMA_PARSE_METHODS } from './models.js';

const NEUTRALISERS = new Set(INJECTION_NEUTRALISERS);
const SAFE_SET = new Set(SAFE_SET_SCHEMA_METHODS);
const PARSE = new Set(SCHEMA_PARSE_METHODS);
const LINE_BREAKS = ['\r', '\n'] as const;

function methodName(node: TSESTree.Node): string | null {
  const callee = node.type === AST_NODE_TYPES.CallExpression ? skipExpressionWrappers(node.callee) : null;
  return callee?.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
    ? callee.property.name
    : null;
}

/** The line breaks one `replace`/`replaceAll` call removes or escapes everywhere in its receiver. */
function breaksReplacedBy(call: TSESTree.CallExpression): Set<string> {
  const method = methodName(call);
  const pattern = call.arguments[0];
  const found = new Set<string>();
  if ((method !== 'replace' && method !== 'replaceAll') || !pattern) return found;
  if (pattern.type === AST_NODE_TYPES.Literal && 'regex' in pattern) {
    const { pattern: source, flags } = pattern.regex;
    // Without `g`, `replace` changes the first match only.
    if (!flags.includes('g')) return found;
    let regex: RegExp;
    try {
      regex = new RegExp(source, flags.replace('g', ''));
    } catch {
      return found;
    }
    for (const character of LINE_BREAKS) if (regex.test(character)) found.add(character);
    return found;
  }
  // `replaceAll('\n', ' ')`.
  if (method === 'replaceAll' && pattern.type === AST_NODE_TYPES.Literal && typeof pattern.value === 'string') {
    for (const character of LINE_BREAKS) if (pattern.value === character || pattern.value === '\r\n') found.add(character);
    // `\r\n` only replaces the pair: a lone `\n` stays.
    if (pattern.value === '\r\n') found.clear();
  }
  return found;
}

/** A chain of `replace` calls that, together, takes out both CR and LF. */
function replacesLineBreaks(call: TSESTree.CallExpression): boolean {
  const handled = new Set<string>();
  let current: TSESTree.Node = call;
  for (let depth = 0; depth < 8 && current.type === AST_NODE_TYPES.CallExpression; depth++) {
    const name = methodName(current);
    if (name !== 'replace' && name !== 'replaceAll') break;
    for (const character of breaksReplacedBy(current)) handled.add(character);
    const callee = skipExpressionWrappers(current.callee) as TSESTree.MemberExpression;
    current = skipExpressionWrappers(callee.object);
  }
  return LINE_BREAKS.every((character) => handled.has(character));
}

/** `z.enum(['asc', 'desc']).parse(x)`: a parse method on a schema built with a safe-set method. */
function parsesIntoSafeSet(call: TSESTree.CallExpression): boolean {
  const method = methodName(call);
  if (method === null || !PARSE.has(method)) return false;
  let current: TSESTree.Node = skipExpressionWrappers((skipExpressionWrappers(call.callee) as TSESTree.MemberExpression).object);
  for (let depth = 0; depth < 12; depth++) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const name = methodName(current);
      if (name !== null && SAFE_SET.has(name)) return true;
      current = skipExpressionWrappers(current.callee);
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (!current.computed && current.property.type === AST_NODE_TYPES.Identifier && SAFE_SET.has(current.property.name)) return true;
      current = skipExpressionWrappers(current.object);
    } else return false;
  }
  return false;
}

/** True when the call's result cannot carry a line break or a terminal escape of the request's text. */
export function neutralisesInjection(call: TSESTree.CallExpression): boolean {
  const path = memberPathText(call.callee);
  if (path !== null && NEUTRALISERS.has(path)) return true;
  if (path !== null && NEUTRALISERS.has(path.split('.').at(-1) ?? '') && path.endsWith('.logSafe')) return true;
  return replacesLineBreaks(call) || parsesIntoSafeSet(call);
}
