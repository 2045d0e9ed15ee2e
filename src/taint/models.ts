/**
 * Library models as data: which calls sanitize a value. The tracer reads these tables; a table
 * test checks them.
 */

/** Words in a callee name that make the call a sanitizer: `redactUser`, `maskEmail`, `sha256Hash`. */
export const SANITIZER_WORDS: readonly string[] = [
  'redact',
  'redacted',
  'mask',
  'masked',
  'censor',
  'obfuscate',
  'anonymize',
  'anonymise',
  'pseudonymize',
  'pseudonymise',
  'hash',
  'digest',
  'encrypt',
  'sanitize',
  'sanitise',
  'scrub',
];

/** Callee paths that are always sanitizers, matched on the source text of the callee. */
export const SANITIZER_CALLEES: readonly string[] = ['bcrypt.hash', 'bcrypt.hashSync', 'argon2.hash', 'scrypt', 'crypto.scryptSync'];

/**
 * Functions that pass (some of) their arguments on into their result: `'all'` for every argument,
 * or the argument indexes.
 */
export const PASSTHROUGH_FUNCTIONS: ReadonlyMap<string, 'all' | readonly number[]> = new Map<string, 'all' | readonly number[]>([
  ['JSON.stringify', [0]],
  ['JSON.parse', [0]],
  ['String', [0]],
  ['util.format', 'all'],
  ['util.inspect', [0]],
  ['format', 'all'],
  ['inspect', [0]],
  ['Object.assign', 'all'],
  ['Object.values', [0]],
  ['Object.entries', [0]],
  ['Object.fromEntries', [0]],
  ['structuredClone', [0]],
  ['encodeURIComponent', [0]],
  ['encodeURI', [0]],
  ['escape', [0]],
  ['Buffer.from', [0]],
  ['Array.from', [0]],
  ['Array.of', 'all'],
  ['Promise.resolve', [0]],
  ['btoa', [0]],
]);

/** Methods whose result carries the receiver's value (and, for some, their arguments'). */
export const PASSTHROUGH_METHODS: ReadonlyMap<string, 'receiver' | 'receiver-and-args'> = new Map<
  string,
  'receiver' | 'receiver-and-args'
>([
  ['toString', 'receiver'],
  ['toJSON', 'receiver'],
  ['valueOf', 'receiver'],
  ['trim', 'receiver'],
  ['trimStart', 'receiver'],
  ['trimEnd', 'receiver'],
  ['toLowerCase', 'receiver'],
  ['toUpperCase', 'receiver'],
  ['toLocaleLowerCase', 'receiver'],
  ['toLocaleUpperCase', 'receiver'],
  ['normalize', 'receiver'],
  ['padStart', 'receiver'],
  ['padEnd', 'receiver'],
  ['replace', 'receiver'],
  ['replaceAll', 'receiver'],
  ['slice', 'receiver'],
  ['substring', 'receiver'],
  ['substr', 'receiver'],
  ['split', 'receiver'],
  ['at', 'receiver'],
  ['join', 'receiver'],
  ['concat', 'receiver-and-args'],
  ['flat', 'receiver'],
  ['reverse', 'receiver'],
  ['sort', 'receiver'],
  ['filter', 'receiver'],
  ['find', 'receiver'],
  ['toSorted', 'receiver'],
  ['toReversed', 'receiver'],
]);

/**
 * Leading verbs of a getter-like callee: `getPassword()`, `fetchAccessToken()`, `user.getEmail()`.
 * The rest of the name then says what the call returns.
 */
export const GETTER_VERBS: readonly string[] = [
  'get', 'fetch', 'load', 'read', 'generate', 'create', 'issue', 'sign', 'build', 'make', 'find', 'retrieve',
  'decrypt', 'decode', 'refresh', 'request', 'obtain', 'lookup', 'resolve', 'new',
];

/** Properties that turn any value into a count: `password.length`, `tokens.size`. */
export const COUNT_PROPERTIES: readonly string[] = ['length', 'size', 'byteLength'];

/** How many characters the last-four masking idiom may keep: `card.slice(-4)`. */
export const MASK_TAIL_MAX = 4;

/** URLs of token endpoints: their responses carry access and refresh tokens. */
export const TOKEN_ENDPOINT = /oauth|\/token\b|\/tokens\b|\/auth\/refresh|\/refresh[-_]?token/iu;

/** Response readers that pass the response body on: `await res.json()`, `res.text()`. */
export const RESPONSE_READERS: readonly string[] = ['json', 'text', 'arrayBuffer', 'blob', 'formData'];

/**
 * Fields in which an entity class keeps its data (`this.props` of a `User` entity): logged whole,
 * they are the record the class names.
 */
export const ENTITY_DATA_FIELDS: readonly string[] = ['props', '_props', 'data', '_data', 'attributes', 'state'];

/** Endings of an entity class's name that say what kind of class it is, not what it holds (`UserEntity`). */
export const ENTITY_CLASS_SUFFIX = /(?<=[a-z])(?:Entity|Model|Aggregate|Document|Doc|Dto|DTO)$/u;

/**
 * Methods of a fetch `Headers` object that turn it into plain data, by the path key the tracer
 * reads them at (`res.headers.raw()`); `Object.fromEntries(headers)` and `Array.from(headers)` read `#entries`.
 */
export const HEADER_MATERIALISERS: ReadonlyMap<string, string> = new Map([
  ['raw', '#raw'],
  ['entries', '#entries'],
]);

/** Functions that turn an iterable into plain data: a fetch `Headers` object given to them is read whole. */
export const ITERABLE_READERS: readonly string[] = ['Object.fromEntries', 'Array.from'];

/**
 * Log injection: calls whose result cannot carry a line break or a terminal escape of their
 * argument's: they escape it (`JSON.stringify`, `encodeURIComponent`, `util.inspect`, our
 * `logSafe`) or turn it into a number or a boolean.
 */
export const INJECTION_NEUTRALISERS: readonly string[] = [
  'JSON.stringify',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'querystring.escape',
  'util.inspect',
  'inspect',
  'logSafe',
  'Number',
  'Number.parseInt',
  'Number.parseFloat',
  'parseInt',
  'parseFloat',
  'BigInt',
  'Boolean',
];

/**
 * Calls that write a value's fields into text (`JSON.stringify(dto)` in a template): typed mode
 * asks about the fields of their argument's type.
 */
export const TEXT_SERIALISERS: readonly string[] = ['JSON.stringify', 'util.inspect', 'inspect'];
