/** Types shared by the tracer and its consumers. */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SensitiveCategory } from '@secure-logging/redact/classify';
import type { PayloadMatch } from '../sources/payloads.js';
import type { FunctionNode } from '../utils/ast.js';

/** What a finding is about: a secret, personal data, or a raw request or response payload. */
export type LeakCategory = SensitiveCategory | 'payload';

/** A function the tracer can summarise. */
export type { FunctionNode };

/**
 * Where a sensitive value comes from: a sensitive name, a secret-looking literal, a whole
 * record about a person (`user`, `account`), or a raw payload (`req.body`, `response.data`).
 */
export interface ValueOrigin {
  readonly kind: 'name' | 'literal' | 'record' | 'payload';
  readonly category: LeakCategory;
  /** The name (`token`) or, for a literal, what it looks like (`a Stripe live key`). */
  readonly name: string;
  /** The expression that holds the value where it enters, or the pattern key that names it. */
  readonly node: TSESTree.Node;
  /** True when `node` is an expression that a fix can wrap. */
  readonly wrappable: boolean;
  /** For a raw payload: what it is and which of its parts a logger must redact. */
  readonly payload?: PayloadMatch;
}

/** A value that comes from a parameter of a local function; resolved at its call sites. */
export interface ParameterOrigin {
  readonly kind: 'parameter';
  readonly fn: FunctionNode;
  readonly index: number;
  /** True for a rest parameter, which takes every argument from `index` on. */
  readonly rest: boolean;
  /** Fields read from the parameter value, outermost first. */
  readonly path: readonly string[];
}

export type Origin = ValueOrigin | ParameterOrigin;

/** A variable, parameter or function result the value passed through. */
export interface Step {
  readonly name: string;
  readonly line: number;
}

/** One sensitive value reaching an expression. */
export interface Flow {
  readonly origin: Origin;
  /** Steps from the sink back towards the origin. */
  readonly through: readonly Step[];
  /** Keys from the traced expression down to the value, for logger redact paths (`user.password`). */
  readonly keyPath: readonly string[];
  /** The node inside the log call that carries the value, once the walk has left the call. */
  readonly sink?: TSESTree.Node;
}

/** A flow that reached a log argument, with the node inside the log call that carries it. */
export interface SinkFlow extends Flow {
  readonly origin: ValueOrigin;
  readonly sink: TSESTree.Node;
}

/**
 * The flows the tracer returns. They are shared: a variable's trace is memoised and handed to
 * every reader, so a caller that adds to them must copy first.
 */
export type Flows = readonly Flow[];

/** The empty result, shared by every node that carries nothing. */
export const NO_FLOWS: Flows = Object.freeze([]);
