/**
 * Log injection: what neutralises a request's text before it reaches a text log. A call of one of
 * `INJECTION_NEUTRALISERS`, a `replace`/`replaceAll` chain that removes or escapes both CR and LF
 * (`.replace(/[\r\n]/g, '')`, `.replace(/\s+/g, ' ')`, `.replace(/[^\w-]/g, '')`, or one call per
 * character). Validators (`z.enum([…]).parse(x)`, `Joi.valid(…)`) need no entry: the tracer does
 * not follow a value through a call it does not know.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { memberPathText, skipExpressionWrappers } from '../utils/ast.js';
import { INJECTION_NEUTRALISERS } from './models.js';

const NEUTRALISERS = new Set(INJECTION_NEUTRALISERS);
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

/** True when the call's result cannot carry a line break or a terminal escape of the request's text. */
export function neutralisesInjection(call: TSESTree.CallExpression): boolean {
  const path = memberPathText(call.callee);
  if (path !== null && NEUTRALISERS.has(path)) return true;
  // `runtime.logSafe(x)` through a namespace import.
  if (path?.endsWith('.logSafe') === true) return true;
  return replacesLineBreaks(call);
}
