/** Rule factory: adds the docs URL from the rule name and merges options with their defaults. */
import type { ESLintUtils } from '@typescript-eslint/utils';
import { REPOSITORY } from './package-meta.js';

/** Documentation metadata every rule declares. */
export interface SecureLoggingDocs {
  /** Whether the rule is in the `recommended` config (it is always in `strict`). */
  readonly recommended?: boolean;
  /** Whether the rule needs type information to be useful. */
  readonly requiresTypeChecking?: boolean;
}


/** The page of a rule under `docs/rules/`. */
export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY}/blob/main/docs/rules/${name}.md`;
}

/** Most distinct option sets kept per rule; a lint run has one per config block. */
const MAX_OPTION_SETS = 64;

/**
 * Creates a rule whose `meta.docs.url` points at its page under `docs/rules/`.
 *
 * Like typescript-eslint's `RuleCreator`, `create` receives the options merged over
 * `meta.defaultOptions` (ESLint 9.15 and later merge them too; earlier 9.x do not). Unlike it, the
 * merge runs once per distinct option set, not once per file: cloning the defaults for every file
 * and rule was a measurable part of the plugin's cost. The merged options are frozen and shared.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, SecureLoggingDocs>>): ESLintUtils.RuleModule<
  MessageIds,
  Options,
  SecureLoggingDocs
> & { name: string } {
  const defaults = (meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Readonly<Options>>();
  // ESLint hands every file a fresh options array, almost always equal to the previous file's and
  // holding the very same option objects (it merges them over the defaults once per config):
  // comparing with that one, element by element, is cheaper than building a key.
  let last: { given: readonly unknown[]; copy: readonly unknown[]; options: Readonly<Options> } | undefined;
  const optionsFor = (given: readonly unknown[]): Readonly<Options> => {
    if (last && (isSameElements(given, last.given) || isSameJson(given, last.copy))) return last.options;
    const options = mergedFor(given);
    last = { given: [...given], copy: copyJson(given) as readonly unknown[], options };
    return options;
  };
  const mergedFor = (given: readonly unknown[]): Readonly<Options> => {
    const key = JSON.stringify(given);
    const options = merged.get(key);
    if (!options) {
      if (merged.size >= MAX_OPTION_SETS) merged.clear();
      const fresh = deepFreeze(applyDefault(defaults, given) as unknown as Options);
      merged.set(key, fresh);
      return fresh;
    }
    return options;
  };
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    create: (context) => create(context, optionsFor(context.options)),
  };
}

/** A deep copy of a JSON value, as rule options are. */
function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyJson(item);
  return copy;
}

/** True when both arrays hold the same values, by identity. */
function isSameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * Equality of JSON values, which rule options are (ESLint validates them against the schema).
 * Node's `util.isDeepStrictEqual` gives the same answer here but took several microseconds per
 * call, for every file and rule.
 */
function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!isSameJson(a[index], b[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    count++;
    if (!Object.hasOwn(right, key) || !isSameJson(left[key], right[key])) return false;
  }
  for (const key in right) if (Object.hasOwn(right, key)) count--;
  return count === 0;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges two option objects; arrays and other values from `override` replace the defaults. */
function mergeObjects(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const previous = merged[key];
    merged[key] = isPlainObject(previous) && isPlainObject(value) ? mergeObjects(previous, value) : value;
  }
  return merged;
}

/**
 * The options a rule runs with: each given option merged over its default, as typescript-eslint's
 * `applyDefault` does (written here so that rules do not load its utils package at run time).
 */
export function applyDefault(defaults: readonly unknown[], given: readonly unknown[]): unknown[] {
  const options = structuredClone([...defaults]);
  options.forEach((base, index) => {
    const option = given[index];
    if (option === undefined) return;
    options[index] = isPlainObject(base) && isPlainObject(option) ? mergeObjects(base, option) : option;
  });
  return options;
}
