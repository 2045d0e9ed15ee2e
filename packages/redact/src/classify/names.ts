/**
 * The name classifier: decides whether an identifier or property key names a secret or personal
 * data. Shared by the lint rules and by the `redact()` runtime, so both agree on what is sensitive.
 * It has no dependencies, because the runtime ships it.
 */
import {
  FLAG_PREFIXES,
  ACCOUNT_OWNERS,
  LOCATION_OWNERS,
  NAMING_OWNERS,
  NON_PERSON_OWNERS,
  TERM_FOLLOWERS,
  PII_TERMS,
  RECORD_TERMS,
  SAFE_PREFIXES,
  SAFE_QUALIFIERS,
  SCALAR_WORDS,
  SECRET_TERMS,
  TRANSPARENT_PROPERTIES,
  WHOLE_NAME_TERMS,
  type SensitiveCategory,
} from './words.js';

export type { SensitiveCategory } from './words.js';

/** Words to add to or remove from the built-in vocabulary, per category. */
export interface VocabularyOverrides {
  /** Extra terms (words or space-separated phrases) per category. */
  readonly add?: Partial<Record<SensitiveCategory, readonly string[]>>;
  /** Built-in terms to drop, or names to always treat as safe. */
  readonly ignore?: readonly string[];
  /** Extra safe qualifiers. */
  readonly safe?: readonly string[];
}

/** What the classifier found in a name. */
export interface NameClassification {
  readonly category: SensitiveCategory;
  /** The term that matched, in its catalogue spelling (`api key`). */
  readonly term: string;
}

interface Term {
  readonly words: readonly string[];
  readonly category: SensitiveCategory;
  readonly text: string;
}

/** A compiled vocabulary. Build one with {@link compileVocabulary}. */
export interface Vocabulary {
  /** Terms indexed by their first word. Longer phrases come first. */
  readonly byFirstWord: ReadonlyMap<string, readonly Term[]>;
  readonly wholeName: ReadonlyMap<string, SensitiveCategory>;
  readonly safeQualifiers: ReadonlySet<string>;
  readonly safePrefixes: ReadonlySet<string>;
  readonly ignoredNames: ReadonlySet<string>;
  readonly cache: Map<string, NameClassification | null>;
  readonly termCache: Map<string, NameClassification | null>;
  readonly recordCache: Map<string, boolean>;
}

/** Stores a computed answer in a bounded per-vocabulary cache. */
function store<T>(cache: Map<string, T>, name: string, value: T): T {
  if (cache.size >= 10_000) cache.clear();
  cache.set(name, value);
  return value;
}

type CharKind = 'upper' | 'lower' | 'digit' | 'other';

function charKind(character: string): CharKind {
  const code = character.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return 'lower';
    if (code >= 0x41 && code <= 0x5a) return 'upper';
    return code >= 0x30 && code <= 0x39 ? 'digit' : 'other';
  }
  if (/\p{Lu}/u.test(character)) return 'upper';
  if (/\p{Ll}/u.test(character)) return 'lower';
  if (/\d/u.test(character)) return 'digit';
  return 'other';
}

/**
 * Splits an identifier or key into lower-case words: `APIKey` → `api key`,
 * `x-refresh_token2` → `x refresh token 2`, `AWS_SECRET_ACCESS_KEY` → `aws secret access key`.
 *
 * A single linear scan, not a regular expression: the runtime `redact()` runs it on keys of
 * untrusted objects, so no key can make it backtrack.
 */
export function splitWords(name: string): readonly string[] {
  const cached = splitCache.get(name);
  if (cached) return cached;
  const words = Object.freeze(scanWords(name));
  // Bounded: the runtime sees keys of arbitrary objects; long names are not worth keeping.
  if (name.length <= 100) {
    if (splitCache.size >= 10_000) splitCache.clear();
    splitCache.set(name, words);
  }
  return words;
}

const splitCache = new Map<string, readonly string[]>();

function scanWords(name: string): string[] {
  const words: string[] = [];
  const characters = Array.from(name);
  const kinds = characters.map(charKind);
  let start = -1;
  const flush = (end: number): void => {
    if (start !== -1 && end > start) words.push(characters.slice(start, end).join('').toLowerCase());
    start = -1;
  };
  for (let index = 0; index < characters.length; index++) {
    const kind = kinds[index];
    const previous = index > 0 ? kinds[index - 1] : 'other';
    if (kind === 'other') {
      flush(index);
      continue;
    }
    if (start === -1) {
      start = index;
      continue;
    }
    const next = kinds[index + 1];
    const boundary =
      (kind === 'digit') !== (previous === 'digit') ||
      (kind === 'upper' && previous === 'lower') ||
      // `APIKey`: the last capital of a run starts the next word when a lower-case letter follows.
      (kind === 'upper' && previous === 'upper' && next === 'lower');
    if (boundary) {
      flush(index);
      start = index;
    }
  }
  flush(characters.length);
  return words;
}

function normalizeTerm(term: string): string[] {
  return term
    .split(/[\s_-]+/u)
    .flatMap((part) => splitWords(part))
    .filter((word) => word.length > 0);
}

/** Builds a vocabulary from the built-in catalogue plus the given overrides. */
export function compileVocabulary(overrides: VocabularyOverrides = {}): Vocabulary {
  const ignored = new Set((overrides.ignore ?? []).map((term) => normalizeTerm(term).join(' ')));
  const byFirstWord = new Map<string, Term[]>();
  const addTerm = (text: string, category: SensitiveCategory): void => {
    const words = normalizeTerm(text);
    const key = words.join(' ');
    const first = words[0];
    if (first === undefined || ignored.has(key)) {
      return;
    }
    const list = byFirstWord.get(first) ?? [];
    if (!list.some((term) => term.words.join(' ') === key)) {
      list.push({ words, category, text: key });
    }
    byFirstWord.set(first, list);
  };
  for (const term of SECRET_TERMS) addTerm(term, 'secret');
  for (const term of overrides.add?.secret ?? []) addTerm(term, 'secret');
  for (const term of PII_TERMS) addTerm(term, 'pii');
  for (const term of overrides.add?.pii ?? []) addTerm(term, 'pii');
  for (const list of byFirstWord.values()) {
    // Longest phrase first; secrets before PII for equal lengths.
    list.sort(
      (a, b) =>
        b.words.length - a.words.length ||
        Number(a.category === 'pii') - Number(b.category === 'pii'),
    );
  }
  const wholeName = new Map<string, SensitiveCategory>();
  for (const category of ['pii', 'secret'] as const) {
    for (const term of WHOLE_NAME_TERMS[category]) {
      if (!ignored.has(term)) wholeName.set(term, category);
    }
  }
  const safeQualifiers = new Set(SAFE_QUALIFIERS);
  for (const word of overrides.safe ?? []) {
    for (const part of normalizeTerm(word)) safeQualifiers.add(part);
  }
  return {
    byFirstWord,
    wholeName,
    safeQualifiers,
    safePrefixes: new Set(SAFE_PREFIXES),
    ignoredNames: ignored,
    cache: new Map(),
    termCache: new Map(),
    recordCache: new Map(),
  };
}

/** The vocabulary with no overrides. */
export const DEFAULT_VOCABULARY: Vocabulary = compileVocabulary();

function singular(word: string): string | undefined {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    return word.slice(0, -1);
  }
  return undefined;
}

function matchAt(
  words: readonly string[],
  index: number,
  vocabulary: Vocabulary,
): Term | undefined {
  const word = words[index];
  if (word === undefined) return undefined;
  const candidates = [word, singular(word)];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    for (const term of vocabulary.byFirstWord.get(candidate) ?? []) {
      let matched = true;
      for (let offset = 1; offset < term.words.length; offset++) {
        const actual = words[index + offset];
        const expected = term.words[offset];
        if (actual !== expected && (actual === undefined || singular(actual) !== expected)) {
          matched = false;
          break;
        }
      }
      if (matched) return term;
    }
  }
  return undefined;
}

/** True when `next` turns `term` into something else (see `TERM_FOLLOWERS`). */
function isTurnedBy(term: string, next: string | undefined): boolean {
  return next !== undefined && Object.hasOwn(TERM_FOLLOWERS, term) && (TERM_FOLLOWERS[term] ?? []).includes(next);
}

function classifyWords(
  words: readonly string[],
  vocabulary: Vocabulary,
  applyQualifiers = true,
): NameClassification | null {
  const first = words[0];
  if (first === undefined) return null;
  if (words.length === 1) {
    const category = vocabulary.wholeName.get(first);
    if (category) return { category, term: first };
  }
  if (applyQualifiers && words.length > 1 && vocabulary.safePrefixes.has(first)) return null;
  let found: Term | undefined;
  const used = new Set<number>();
  for (let index = 0; index < words.length; index++) {
    const term = matchAt(words, index, vocabulary);
    if (!term) continue;
    for (let offset = 0; offset < term.words.length; offset++) used.add(index + offset);
    index += term.words.length - 1;
    // `credentialKey`: the key a credential is stored under; `jwtHeader`: a token's public header.
    if (applyQualifiers && isTurnedBy(term.text, words[index + 1])) continue;
    if (!found || (found.category === 'pii' && term.category === 'secret')) found = term;
  }
  if (!found) return null;
  for (let index = 0; applyQualifiers && index < words.length; index++) {
    const word = words[index];
    if (word === undefined || used.has(index)) continue;
    if (vocabulary.safeQualifiers.has(word)) return null;
    const stem = singular(word);
    if (stem !== undefined && vocabulary.safeQualifiers.has(stem)) return null;
  }
  return { category: found.category, term: found.text };
}

/**
 * Classifies one identifier or key. Returns `null` for names that are not sensitive or that a
 * qualifier makes safe (`passwordLength`, `isTokenValid`).
 */
export function classifyName(
  name: string,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): NameClassification | null {
  // Names repeat across a file and a run: the cache answers almost every call.
  const hit = vocabulary.cache.get(name);
  if (hit !== undefined) return hit;
  const words = splitWords(name);
  return store(vocabulary.cache, name, vocabulary.ignoredNames.has(words.join(' ')) ? null : classifyWords(words, vocabulary));
}

/**
 * The sensitive term a name contains, ignoring qualifiers: `passwordHash` contains `password`
 * even though {@link classifyName} calls it safe.
 */
export function findSensitiveTerm(
  name: string,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): NameClassification | null {
  const hit = vocabulary.termCache.get(name);
  if (hit !== undefined) return hit;
  return store(vocabulary.termCache, name, classifyWords(splitWords(name), vocabulary, false));
}

const RECORDS = new Set(RECORD_TERMS);

/**
 * True when a name stands for a whole record about a person (`user`, `currentAccount`,
 * `customers`), which is personal data when logged whole.
 */
export function isPersonalRecordName(name: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): boolean {
  const hit = vocabulary.recordCache.get(name);
  if (hit !== undefined) return hit;
  return store(vocabulary.recordCache, name, isRecordWords(splitWords(name), vocabulary));
}

function isRecordWords(words: readonly string[], vocabulary: Vocabulary): boolean {
  const last = words.at(-1);
  if (last === undefined || vocabulary.ignoredNames.has(words.join(' '))) return false;
  if (!RECORDS.has(last) && !RECORDS.has(singular(last) ?? '')) return false;
  if (words.length > 1 && vocabulary.safePrefixes.has(words[0] ?? '')) return false;
  return !words.some((word) => vocabulary.safeQualifiers.has(word));
}

const TRANSPARENT = new Set(TRANSPARENT_PROPERTIES);

/** True for property names such as `value` or `raw` that take their meaning from the object. */
export function isTransparentProperty(name: string): boolean {
  return TRANSPARENT.has(name.toLowerCase());
}

const SCALARS = new Set(SCALAR_WORDS);
const FLAGS = new Set(FLAG_PREFIXES);

/**
 * True when a name says its value is a number, a time, an identifier or a flag (`sum`,
 * `created.id`, `createdAt`, `isValid`): typed mode leaves the checker alone about such values.
 */
export function isScalarName(name: string): boolean {
  const words = splitWords(name);
  const last = words.at(-1);
  if (last === undefined) return false;
  return SCALARS.has(last) || (words.length > 1 && FLAGS.has(words[0] ?? ''));
}

const NON_PERSONS = new Set(NON_PERSON_OWNERS);

/**
 * True when a name stands for a thing that is not a person (`repository`, `gitRepo`, `projects`):
 * personal-data fields of it (`repository.full_name`) describe the thing, not a person.
 */
export function isNonPersonOwner(name: string): boolean {
  return lastWordIn(name, NON_PERSONS);
}

/** True when the last word of a name, or its singular, is in `words`: `gitRepo`, `tokenUrls`. */
function lastWordIn(name: string, words: ReadonlySet<string>): boolean {
  const last = splitWords(name).at(-1);
  return last !== undefined && (words.has(last) || words.has(singular(last) ?? ''));
}

const LOCATIONS = new Set(LOCATION_OWNERS);

/**
 * True when a name stands for locations (`endpoints`, `tokenUrls`, `routes`): a sensitive word
 * under it (`endpoints.token`) names where something is, not the value.
 */
export function isLocationOwner(name: string): boolean {
  return lastWordIn(name, LOCATIONS);
}

const IDENTIFIER_WORDS = new Set(['id', 'ids', 'uuid', 'uuids', 'guid', 'uid']);

/** True when a name says its value identifies something (`providerId`, `user_id`, `accountUuid`). */
export function isIdentifierName(name: string): boolean {
  const last = splitWords(name).at(-1);
  return last !== undefined && IDENTIFIER_WORDS.has(last);
}

const NAMING = new Set(NAMING_OWNERS);
const ACCOUNTS = new Set(ACCOUNT_OWNERS);

/** True when a name stands for a set of names (`InfraConfigEnum`): its members name settings, they do not hold them. */
export function isNamingOwner(name: string): boolean {
  return lastWordIn(name, NAMING);
}

/** True when a name stands for login options (`auth`, `basicAuth`): a `user` member is a user name, not a record. */
export function isAccountOwner(name: string): boolean {
  return lastWordIn(name, ACCOUNTS);
}
