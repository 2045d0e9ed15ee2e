/**
 * Mail-sending code: where `to`, `cc` and `bcc` hold a person's mail address. A file sends mail
 * when it loads a mail package or calls a mail-sending method (see the catalogue).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { MAIL_PACKAGES, MAIL_RECIPIENT_NAMES, MAIL_SEND_METHODS } from './catalog.js';
import { importedModules } from '../utils/imports.js';
import { calleeName } from '../utils/ast.js';

const PACKAGES = new Set(MAIL_PACKAGES);
const SEND_METHODS = new Set(MAIL_SEND_METHODS);

/** The names that hold mail recipients in mail-sending code. */
export const RECIPIENT_NAMES: ReadonlySet<string> = new Set(MAIL_RECIPIENT_NAMES);

/** True when the file loads a mail package or calls a mail-sending method. */
export function sendsMail(program: TSESTree.Program, calls: readonly TSESTree.CallExpression[]): boolean {
  let known = answers.get(program);
  if (known === undefined) {
    known =
      [...importedModules(program)].some((module) => PACKAGES.has(module)) ||
      calls.some((call) => {
        const name = calleeName(call.callee);
        return name !== null && SEND_METHODS.has(name);
      });
    answers.set(program, known);
  }
  return known;
}

/** Answers per file: each tracer of the file (one per rule vocabulary) asks the same question. */
const answers = new WeakMap<TSESTree.Program, boolean>();
