/**
 * Levels in JSON and YAML config files. Both ASTs (`@eslint/json`'s and `yaml-eslint-parser`'s)
 * are read through one small view: mappings with keys, sequences, and scalars with a range. In a
 * production config file a verbose value under a level key (`level`, `consoleLevel`) at the top
 * level or under `logger`, `log` or `logging`, or under a key that says log level itself
 * (`logLevel`, `LOG_LEVEL`) at any depth, is reported; in any `package.json` a
 * production script (`start`, `prod*`) that sets `DEBUG`, `NODE_DEBUG` or a verbose `LOG_LEVEL`.
 */
import { CONFIG_LEVEL_KEYS, CONFIG_LOG_LEVEL_KEYS, CONFIG_LOGGER_KEYS, PRODUCTION_SCRIPT, VERBOSE_ENV_VARIABLES } from './catalog.js';
import { isVerboseLevel } from './levels.js';

/** A node of either AST, as far as the walk needs it. */
export interface ConfigNode {
  readonly type: string;
  readonly range: readonly [number, number];
  readonly loc: { readonly start: { readonly line: number; readonly column: number }; readonly end: { readonly line: number; readonly column: number } };
}

/** A verbose level value found in a config file. */
export interface ConfigLevel {
  readonly node: ConfigNode;
  readonly key: string;
  readonly value: string | number;
  /** True when the value is a string written with quotes (JSON, quoted YAML). */
  readonly quote: string;
}

/** A production script of `package.json` that turns on verbose output. */
export interface VerboseScript {
  readonly node: ConfigNode;
  readonly script: string;
  readonly variable: string;
  /** The `NAME=value` assignment inside the script text. */
  readonly assignment: string;
  /** Source offset of the assignment, when the string has no escapes. */
  readonly offset: number | null;
}

type Entry = { readonly key: string | null; readonly value: ConfigNode };

interface JsonNode extends ConfigNode {
  readonly members?: readonly { readonly name: { readonly type: string; readonly value?: unknown; readonly name?: string }; readonly value: JsonNode }[];
  readonly elements?: readonly { readonly value: JsonNode }[];
  readonly value?: unknown;
}

interface YamlNode extends ConfigNode {
  readonly pairs?: readonly { readonly key: YamlNode | null; readonly value: YamlNode | null }[];
  readonly entries?: readonly (YamlNode | null)[];
  readonly content?: YamlNode | null;
  readonly value?: unknown;
  readonly raw?: string;
  readonly style?: string;
}

const LEVEL_KEYS = new Set(CONFIG_LEVEL_KEYS);
const LOG_LEVEL_KEYS = new Set(CONFIG_LOG_LEVEL_KEYS);
const LOGGER_KEYS = new Set(CONFIG_LOGGER_KEYS);
const MAX_DEPTH = 64;

/** Children of a JSON or YAML node: object members and mapping pairs keyed, array elements unkeyed. */
export function configEntries(node: ConfigNode): Entry[] | null {
  const json = node as JsonNode;
  if (json.type === 'Object' && json.members) {
    return json.members.map((member) => ({
      key: typeof member.name.value === 'string' ? member.name.value : (member.name.name ?? null),
      value: member.value,
    }));
  }
  if (json.type === 'Array' && json.elements) return json.elements.map((element) => ({ key: null, value: element.value }));
  const yaml = node as YamlNode;
  if (yaml.type === 'YAMLWithMeta' && yaml.value && typeof yaml.value === 'object') return configEntries(yaml.value as ConfigNode);
  if (yaml.type === 'YAMLMapping' && yaml.pairs) {
    return yaml.pairs.flatMap((pair) =>
      pair.value ? [{ key: pair.key && typeof pair.key.value === 'string' ? pair.key.value : null, value: pair.value }] : [],
    );
  }
  if (yaml.type === 'YAMLSequence' && yaml.entries) return yaml.entries.flatMap((entry) => (entry ? [{ key: null, value: entry }] : []));
  return null;
}

/** The scalar value of a JSON or YAML node, if it is a string or number. */
export function configScalar(node: ConfigNode): { value: string | number; quote: string } | null {
  const scalar = node as JsonNode & YamlNode;
  if (scalar.type === 'String' || scalar.type === 'Number') {
    return typeof scalar.value === 'string' || typeof scalar.value === 'number' ? { value: scalar.value, quote: '"' } : null;
  }
  if (scalar.type === 'YAMLScalar' && (typeof scalar.value === 'string' || typeof scalar.value === 'number')) {
    const quote = scalar.style === 'double-quoted' ? '"' : scalar.style === 'single-quoted' ? "'" : '';
    return { value: scalar.value, quote };
  }
  return null;
}

/** The root value of a JSON document or the YAML documents of a file. */
export function configRoots(ast: unknown): ConfigNode[] {
  const root = ast as { type: string; body?: unknown };
  if (root.type === 'Document' && root.body) return [root.body as ConfigNode];
  if (root.type === 'Program' && Array.isArray(root.body)) {
    return (root.body as YamlNode[]).flatMap((document) => (document.type === 'YAMLDocument' && document.content ? [document.content] : []));
  }
  return [];
}

/** Verbose levels under level keys: at the top level or under `logger`, `log` or `logging`; log-level keys anywhere. */
export function findConfigLevels(root: ConfigNode): ConfigLevel[] {
  const found: ConfigLevel[] = [];
  const walk = (node: ConfigNode, parentKey: string | null, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const entries = configEntries(node);
    if (!entries) return;
    for (const entry of entries) {
      const underLogger = depth === 0 || (parentKey !== null && LOGGER_KEYS.has(parentKey));
      const isLevelKey = entry.key !== null && ((LEVEL_KEYS.has(entry.key) && underLogger) || LOG_LEVEL_KEYS.has(entry.key));
      if (entry.key !== null && isLevelKey) {
        const scalar = configScalar(entry.value);
        if (scalar && isVerboseLevel(scalar.value)) found.push({ node: entry.value, key: entry.key, ...scalar });
      }
      walk(entry.value, entry.key ?? parentKey, depth + 1);
    }
  };
  walk(root, null, 0);
  return found;
}

/** Production scripts of a `package.json` that set `DEBUG`, `NODE_DEBUG` or a verbose `LOG_LEVEL`. */
export function findVerboseScripts(root: ConfigNode, text: string): VerboseScript[] {
  const scripts = configEntries(root)?.find((entry) => entry.key === 'scripts')?.value;
  const entries = scripts ? configEntries(scripts) : null;
  if (!entries) return [];
  const found: VerboseScript[] = [];
  for (const entry of entries) {
    if (entry.key === null || !PRODUCTION_SCRIPT.test(entry.key)) continue;
    const scalar = configScalar(entry.value);
    if (!scalar || typeof scalar.value !== 'string') continue;
    const command = scalar.value;
    let position = 0;
    for (const token of command.split(/\s+/u)) {
      const start = command.indexOf(token, position);
      position = start + token.length;
      const equals = token.indexOf('=');
      if (equals <= 0) continue;
      const variable = token.slice(0, equals);
      const value = token.slice(equals + 1);
      if (!VERBOSE_ENV_VARIABLES.includes(variable) || value === '') continue;
      if (variable === 'LOG_LEVEL' && !isVerboseLevel(value.replace(/^["']|["']$/gu, ''))) continue;
      const raw = text.slice(entry.value.range[0], entry.value.range[1]);
      const offset = raw.includes('\\') ? null : entry.value.range[0] + 1 + start;
      found.push({ node: entry.value, script: entry.key, variable, assignment: token, offset });
    }
  }
  return found;
}
