/**
 * Mail-sending code: where `to`, `cc` and `bcc` hold a person's mail address. A file sends mail
 * when it loads a mail package or calls a mail-sending method (see the catalogue).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { MAIL_PACKAGES, MAIL_RECIPIENT_NAMES, MAIL_SEND_METHODS } from './catalog.js';
import { importedModules } from '../utils/imports.js';

const PACKAGES = new Set(MAIL_PACKAGES);
const SEND_METHODS = new Set(MAIL_SEND_METHODS);

/** The names that hold mail recipients in mail-sending code. */
export const RECIPIENT_NAMES: ReadonlySet<string> = new Set(MAIL_RECIPIENT_NAMES);

/** True when the file loads a mail package or calls a mail-sending method. */
export function sendsMail(program: TSESTree.Program, calls: readonly TSESTree.CallExpression[]): boolean {
  for (const module of importedModules(program)) if (PACKAGES.has(module)) return true;
  return calls.some((call) => {
    const callee = call.callee;
    if (callee.type === AST_NODE_TYPES.Identifier) return SEND_METHODS.has(callee.name);
    return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && SEND_METHODS.has(callee.property.name);
  });
}
