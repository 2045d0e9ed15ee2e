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
