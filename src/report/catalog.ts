/**
 * What code scanning needs to know of each rule beyond its ESLint `meta`: the weakness it guards
 * against (CWE), how severe a finding is, and how often a finding is right. Pure data, one row per
 * rule; `test/src/report/sarif.test.ts` checks that every rule has a row.
 */

/** SARIF `properties.precision`: how often a finding of the rule is a true one. */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/** Code-scanning metadata of one rule. */
export interface RuleScanMeta {
  /** CWE ids, without the `CWE-` prefix. */
  readonly cwe: readonly number[];
  /** GitHub's `security-severity`, 0.0 to 10.0 (7.0 and above reads "high"). */
  readonly securitySeverity: number;
  readonly precision: Precision;
}

/**
 * Rows by rule name. Severities follow the CVSS-like bands GitHub uses: a leaked credential is
 * high, personal data and raw payloads medium, a verbose level in production lower.
 */
export const RULE_SCAN_META: Readonly<Record<string, RuleScanMeta>> = {
  // CWE-532: Insertion of Sensitive Information into Log File.
  'no-secrets-in-logs': { cwe: [532], securitySeverity: 7.5, precision: 'medium' },
  // CWE-359: Exposure of Private Personal Information to an Unauthorized Actor.
  'no-pii-in-logs': { cwe: [532, 359], securitySeverity: 5.5, precision: 'medium' },
  // CWE-201: Insertion of Sensitive Information Into Sent Data (whole requests carry credentials).
  'no-raw-bodies-in-logs': { cwe: [532, 201], securitySeverity: 6.5, precision: 'medium' },
  // CWE-532 and CWE-201: request loggers that write credentials with every request.
  'no-unredacted-http-logger': { cwe: [532, 201], securitySeverity: 7.0, precision: 'high' },
  // CWE-779 (logging of excessive data: files that grow without bound) and CWE-532 (files others can read).
  'log-file-hygiene': { cwe: [779, 532], securitySeverity: 3.5, precision: 'high' },
  // CWE-117: Improper Output Neutralization for Logs.
  'no-log-injection': { cwe: [117], securitySeverity: 5.0, precision: 'high' },
  // CWE-779: Logging of Excessive Data.
  'no-debug-level-in-production': { cwe: [779, 532], securitySeverity: 4.0, precision: 'high' },
};

/** The `properties.tags` of a rule: `security` and its CWEs in CodeQL's spelling. */
export function scanTags(meta: RuleScanMeta): string[] {
  return ['security', ...meta.cwe.map((id) => `external/cwe/cwe-${String(id)}`)];
}
