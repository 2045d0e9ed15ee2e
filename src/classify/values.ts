/**
 * The value classifier: decides whether a string literal that reaches a log call looks like a
 * secret. Known token formats come first; a long random-looking run is caught by entropy. UUIDs,
 * hex digests (commit hashes, SHA sums) and ordinary words stay quiet.
 *
 * Every pattern is linear: fixed prefixes and bounded, non-overlapping character classes.
 */

import { SECRET_FORMATS } from './token-formats.js';

export { SECRET_FORMATS, type SecretFormat } from './token-formats.js';

const RANDOM_RUN = /[\w+/=-]{24,}/gu;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const HEX = /^[0-9a-f]+$/iu;

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / text.length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

/** Integrity hashes (`sha512-…` in lockfiles and SRI attributes, Go's `h1:` sums): public by design. */
const INTEGRITY = /^(?:sha(?:256|384|512)-|h1:)[\d+/A-Za-z]+={0,2}$/u;
/** Documentation placeholders inside a run: `xxxx`, `EXAMPLE`. */
const PLACEHOLDER_RUN = /x{4}|example/iu;

/** `Deploy_Prod_EU_2024`, `Batch7_Run3`: words and numbers joined, an identifier. */
function isJoinedWords(run: string): boolean {
  const segments = run.split(/[_-]/u);
  return segments.length >= 2 && segments.every((segment) => /^(?:[A-Za-z]+\d{0,4}|\d+)$/u.test(segment));
}

function looksRandom(run: string): boolean {
  if (UUID.test(run) || HEX.test(run)) return false;
  if (PLACEHOLDER_RUN.test(run) || isJoinedWords(run)) return false;
  if (/^[a-z_-]+$/iu.test(run) || /^\d+$/u.test(run)) return false;
  const classes = Number(/[a-z]/u.test(run)) + Number(/[A-Z]/u.test(run)) + Number(/\d/u.test(run));
  return classes >= 3 && shannonEntropy(run) >= 4.2;
}

/** What the value classifier found. */
export interface SecretLiteral {
  readonly id: string;
  readonly description: string;
}

/** Longest string the classifier reads; longer strings are checked on their head only. */
const MAX_LENGTH = 20_000;

/** Shortest string any format or the entropy check can match (`?pwd=abc`). */
const MIN_LENGTH = 8;
const literalCache = new Map<string, SecretLiteral | null>();

/** Classifies a string that reaches a log call. Returns `null` for ordinary text. */
export function classifySecretLiteral(value: string): SecretLiteral | null {
  if (value.length < MIN_LENGTH) return null;
  const hit = literalCache.get(value);
  if (hit !== undefined) return hit;
  const found = classifyText(value);
  if (value.length <= 200) {
    if (literalCache.size >= 5_000) literalCache.clear();
    literalCache.set(value, found);
  }
  return found;
}

function classifyText(value: string): SecretLiteral | null {
  const text = value.length > MAX_LENGTH ? value.slice(0, MAX_LENGTH) : value;
  for (const format of SECRET_FORMATS) {
    if (format.pattern.test(text)) return { id: format.id, description: format.description };
  }
  if (INTEGRITY.test(text.trim())) return null;
  for (const match of text.matchAll(RANDOM_RUN)) {
    if (looksRandom(match[0])) return { id: 'high-entropy', description: 'a random-looking secret' };
  }
  return null;
}
