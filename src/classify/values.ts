/**
 * The value classifier: decides whether a string literal that reaches a log call looks like a
 * secret. Known token formats come first; a long random-looking run is caught by entropy. UUIDs,
 * hex digests (commit hashes, SHA sums) and ordinary words stay quiet.
 *
 * Every pattern is linear: fixed prefixes and bounded, non-overlapping character classes.
 */

/** A known secret format. */
export interface SecretFormat {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
}

/** Known token formats. Data: a table test checks one positive and one negative per entry. */
export const SECRET_FORMATS: readonly SecretFormat[] = [
  { id: 'aws-access-key-id', description: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/u },
  { id: 'github-token', description: 'a GitHub token', pattern: /\b(?:gh[opsur]_[A-Za-z0-9]{36,255}|github_pat_\w{22,255})\b/u },
  { id: 'gitlab-token', description: 'a GitLab token', pattern: /\bglpat-[\w-]{20,64}\b/u },
  { id: 'slack-token', description: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,255}/u },
  { id: 'stripe-live-key', description: 'a Stripe live key', pattern: /\b[rs]k_live_[A-Za-z0-9]{20,255}\b/u },
  { id: 'google-api-key', description: 'a Google API key', pattern: /\bAIza[\w-]{35}\b/u },
  { id: 'jwt', description: 'a JSON Web Token', pattern: /\beyJ[\w-]{8,4096}\.eyJ[\w-]{8,8192}\.[\w-]{8,4096}/u },
  {
    id: 'private-key',
    description: 'a PEM private key',
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/u,
  },
  {
    id: 'url-credentials',
    description: 'a URL with a user and password',
    pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@]{1,256}:[^\s/@]{1,256}@/iu,
  },
  {
    id: 'password-query',
    description: 'a password or token in a query string',
    pattern: /[?&](?:password|passwd|pwd|pass|token|access_token|secret|api_?key)=[^&\s#]{3,}/iu,
  },
];

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
