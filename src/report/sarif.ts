/**
 * SARIF 2.1.0 output for code scanning (GitHub, Azure DevOps, any SARIF viewer), written on the
 * `@types/sarif` types.
 *
 * - The tool is `secure-logging` with its version, so its runs do not collide with another ESLint
 *   upload; ESLint itself is listed as an extension.
 * - Each rule carries its documentation page as markdown `help`, its CWEs as `tags`, and GitHub's
 *   `precision` and `security-severity`.
 * - Locations are relative to `%SRCROOT%` (the folder linted from), and each result has a
 *   fingerprint that survives lines moving up or down.
 * - Files that could not be parsed are tool execution notifications, not results.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import type * as Sarif from 'sarif';
import { PACKAGE_HOMEPAGE, PACKAGE_NAME, PACKAGE_ROOT, PACKAGE_VERSION } from '../package-meta.js';
import { RULE_SCAN_META, scanTags } from './catalog.js';

/** The tool name code scanning shows. */
export const SARIF_TOOL_NAME = 'secure-logging';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** The key of our fingerprints; bump the version if the way they are computed changes. */
export const FINGERPRINT_KEY = 'secureLogging/v1';
const RULE_PREFIX = 'secure-logging/';
const HEADER_END = '<!-- end auto-generated rule header -->';

/** What the writer needs besides the results. */
export interface SarifInput {
  readonly results: readonly ESLint.LintResult[];
  /** `ESLint#getRulesMetaForResults()`. */
  readonly rulesMeta: Readonly<Record<string, { docs?: { description?: string; url?: string } } | undefined>>;
  /** The folder paths are relative to. */
  readonly cwd: string;
  /** ESLint's version, listed as an extension of the tool. */
  readonly eslintVersion?: string;
}

/** The documentation page of one of our rules, split into its lead paragraph and its body. */
interface RuleDoc {
  readonly lead: string;
  readonly body: string;
}

const docs = new Map<string, RuleDoc | null>();

function ruleDoc(name: string): RuleDoc | null {
  if (docs.has(name)) return docs.get(name) ?? null;
  let doc: RuleDoc | null = null;
  if (PACKAGE_ROOT !== undefined) {
    try {
      const text = readFileSync(path.join(PACKAGE_ROOT, 'docs/rules', `${name}.md`), 'utf8');
      const start = text.indexOf(HEADER_END);
      const body = (start >= 0 ? text.slice(start + HEADER_END.length) : text).trim();
      const lead = (body.split(/\n[ \t]*\n/u)[0] ?? '').split('\n').map((line) => line.trim()).join(' ');
      doc = { lead, body };
    } catch {
      doc = null;
    }
  }
  docs.set(name, doc);
  return doc;
}

function ruleDescriptor(id: string, meta: SarifInput['rulesMeta'][string]): Sarif.ReportingDescriptor {
  const description = meta?.docs?.description;
  const descriptor: Sarif.ReportingDescriptor = { id };
  if (description) descriptor.shortDescription = { text: description };
  if (meta?.docs?.url) descriptor.helpUri = meta.docs.url;
  if (!id.startsWith(RULE_PREFIX)) return descriptor;
  const name = id.slice(RULE_PREFIX.length);
  descriptor.name = name;
  const doc = ruleDoc(name);
  if (doc) {
    descriptor.fullDescription = { text: doc.lead || description || name };
    descriptor.help = { text: doc.lead || description || name, markdown: doc.body };
  }
  const scan = RULE_SCAN_META[name];
  if (scan) {
    descriptor.properties = {
      tags: scanTags(scan),
      precision: scan.precision,
      'security-severity': scan.securitySeverity.toFixed(1),
      'problem.severity': scan.securitySeverity >= 7 ? 'error' : 'warning',
    };
  }
  return descriptor;
}

/** A file's path as a URI reference relative to `%SRCROOT%`, or an absolute file URI outside it. */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(filePath).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(message: Linter.LintMessage): Sarif.Region {
  const result: Sarif.Region = { startLine: Math.max(1, message.line) };
  if (message.column > 0) result.startColumn = message.column;
  if (message.endLine !== undefined && message.endLine > 0) result.endLine = message.endLine;
  if (message.endColumn !== undefined && message.endColumn > 0) result.endColumn = message.endColumn;
  return result;
}

function sourceLines(result: ESLint.LintResult): readonly string[] {
  let text = result.source ?? result.output;
  if (text === undefined) {
    try {
      text = readFileSync(result.filePath, 'utf8');
    } catch {
      text = '';
    }
  }
  return text.split(/\r\n|[\r\n\u2028\u2029]/u);
}

/**
 * Fingerprints of a file's results: a hash of the rule, the file, the text of the flagged line
 * (white space folded) and the message, plus how many identical ones came before. Moving code up
 * or down keeps them; editing the flagged line makes a new one.
 */
function fingerprinter(result: ESLint.LintResult, uri: string): (message: Linter.LintMessage) => string {
  let lines: readonly string[] | undefined;
  const seen = new Map<string, number>();
  return (message) => {
    lines ??= sourceLines(result);
    const line = (lines[message.line - 1] ?? '').replaceAll(/\s+/gu, ' ').trim();
    const key = [message.ruleId ?? '', uri, line, message.message].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${String(occurrence + 1)}`;
  };
}

/** The SARIF log of a lint run. */
export function toSarif({ results, rulesMeta, cwd, eslintVersion }: SarifInput): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.push(ruleDescriptor(id, rulesMeta[id])) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };
  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const result of [...results].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const location = artifactLocation(result.filePath, cwd);
    const fingerprint = fingerprinter(result, location.uri ?? '');
    for (const message of result.messages) {
      const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: location, region: region(message) };
      if (message.ruleId === null) {
        notifications.push({
          level: message.fatal === true || message.severity === 2 ? 'error' : 'warning',
          message: { text: message.message },
          locations: [{ physicalLocation }],
          descriptor: { id: message.fatal === true ? 'parse-error' : 'eslint-notice' },
        });
        continue;
      }
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: indexOf(message.ruleId),
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [{ physicalLocation }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(message) },
      });
    }
  }
  const driver: Sarif.ToolComponent = {
    name: SARIF_TOOL_NAME,
    fullName: PACKAGE_NAME,
    version: PACKAGE_VERSION,
    semanticVersion: PACKAGE_VERSION,
    informationUri: PACKAGE_HOMEPAGE,
    rules,
  };
  const tool: Sarif.Tool = { driver };
  if (eslintVersion !== undefined) tool.extensions = [{ name: 'eslint', version: eslintVersion, informationUri: 'https://eslint.org' }];
  const invocation: Sarif.Invocation = {
    executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
  };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool,
        automationDetails: { id: `${SARIF_TOOL_NAME}/` },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/u, '/') } },
        invocations: [invocation],
        results: sarifResults,
      },
    ],
  };
}
