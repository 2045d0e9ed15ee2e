/**
 * The shared body of the leak rules (`no-secrets-in-logs`, `no-pii-in-logs`,
 * `no-raw-bodies-in-logs`): asks the engine for the sensitive values that reach log calls, keeps
 * those of the rule's category, and reports each on the value inside the log call with the redact
 * fix, plus a suggestion to redact where the value entered when it came through a variable (and,
 * for a whole request, one to log just its method and URL).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { useFileAnalysis, type FileAnalysis } from './engine.js';
import { isJavaScript } from './utils/ast.js';
import { fixOrSuggest, redactFix, replaceValueFix, type FixMode, type RedactHelper } from './fix/redact.js';
import { remedyFor } from './fix/remedies.js';
import { isMachineAddress } from './classify/addresses.js';
import { FIX_MODE_SCHEMA, REPORT_IN_CLIENT_APPS_SCHEMA, REPORT_IN_DEVELOPMENT_SCHEMA } from './options.js';
import { isClientPackage } from './loggers/client-package.js';
import type { LeakFinding } from './taint/leaks.js';
import type { LeakCategory } from './taint/types.js';
import { describeSteps } from './report/steps.js';

/** Options every leak rule takes. */
export interface LeakRuleOptions {
  fix?: FixMode;
  words?: string[];
  ignore?: string[];
  checkLiterals?: boolean;
  checkRecords?: boolean;
  checkQueryAndParams?: boolean;
  checkMachineAddresses?: boolean;
  reportInDevelopment?: boolean;
  reportInClientApps?: boolean;
}

/** Message ids every leak rule declares. */
export type LeakMessageIds =
  | 'leak'
  | 'literalLeak'
  | 'recordLeak'
  | 'payloadLeak'
  | 'sentLeak'
  | 'sentLiteralLeak'
  | 'sentRecordLeak'
  | 'sentPayloadLeak'
  | 'wrapInRedact'
  | 'wrapAtSource'
  | 'summarizeRequest'
  | 'summarizeError';

type Context = Readonly<TSESLint.RuleContext<LeakMessageIds, readonly [LeakRuleOptions]>>;

function describeThrough(finding: LeakFinding): string {
  return describeSteps(finding.flow.through);
}

/** Creates the listeners of a leak rule for one category. */
export function createLeakListeners(
  context: Context,
  options: LeakRuleOptions,
  category: LeakCategory,
): TSESLint.RuleListener {
  // JSON, YAML and other non-JavaScript files have no log calls.
  if (!isJavaScript(context.sourceCode)) return {};
  const { analysis, listeners } = useFileAnalysis(context);
  const { sourceCode, settings } = analysis;
  const fixMode: FixMode = options.fix ?? 'autofix';
  // Payloads do not depend on words, so the payload rule shares the other rules' trace.
  const words = category === 'payload' ? {} : { [category]: options.words ?? [], ignore: options.ignore ?? [] };
  const ignoredPayloads = new Set(category === 'payload' ? (options.ignore ?? []) : []);
  let clientApp: boolean | undefined;
  const reports = (finding: LeakFinding): boolean => {
    const origin = finding.flow.origin;
    if (origin.category !== category) return false;
    if (origin.kind === 'literal' && options.checkLiterals === false) return false;
    if (origin.kind === 'record' && options.checkRecords === false) return false;
    // A server's or an upstream's IP address is not personal data; a client's is. A bare `address`
    // needs something that ties it to a person.
    if (origin.kind === 'name' && category === 'pii' && options.checkMachineAddresses !== true && isMachineAddress(origin.name, origin.node, sourceCode)) return false;
    if (finding.redactedByLogger) return false;
    // A browser or mobile app's console writes to the user's own developer tools.
    if (finding.call.library === 'console' && options.reportInClientApps !== true && (clientApp ??= isClientPackage(context.physicalFilename))) return false;
    if (origin.payload && (ignoredPayloads.has(origin.name) || (origin.payload.strictOnly && options.checkQueryAndParams !== true))) return false;
    return finding.environment === null || finding.environment === 'production' || options.reportInDevelopment === true;
  };
  analysis.leakRules.set(category, { words, reports });
  return {
    ...listeners,
    'Program:exit'() {
      const reported = new Set<string>();
      const others = otherReports(analysis, category);
      const holders = category === 'payload' ? payloadHolders(analysis.leaks(words), reports) : new Map<TSESTree.Node, string>();
      for (const finding of analysis.leaks(words)) {
        if (!reports(finding)) continue;
        const { flow, call } = finding;
        const origin = flow.origin;
        // One report per value: a more specific rule that reports this value takes it.
        if (others.outranking.has(flow.sink)) continue;
        // A raw payload is reported once per value: `error` and `error.response.body` reaching the
        // same argument are one leak, reported for the holder (the shortest name).
        if (category === 'payload' && holders.get(flow.sink) !== origin.name) continue;
        const key = `${flow.sink.range.join(':')}:${origin.name}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const { fix, suggest } = fixesOf(finding, sourceCode, settings.redact, fixMode, context.physicalFilename);
        const also = others.outranked.get(flow.sink);
        context.report({
          node: flow.sink,
          messageId: call.destination === undefined ? MESSAGE_BY_KIND[origin.kind] : SENT_MESSAGE_BY_KIND[origin.kind],
          data: {
            name: origin.name,
            callee: call.callee,
            ...(call.destination === undefined ? {} : { destination: call.destination }),
            through: describeThrough(finding),
            ...(origin.payload ? { what: also ? `${origin.payload.label} (with ${also})` : origin.payload.label } : {}),
          },
          ...(fix ? { fix } : {}),
          ...(suggest.length > 0 ? { suggest } : {}),
        });
      }
    },
  };
}

/** For each value that carries raw payloads, the shortest payload name found in it: the holder. */
function payloadHolders(findings: readonly LeakFinding[], reports: (finding: LeakFinding) => boolean): Map<TSESTree.Node, string> {
  const holders = new Map<TSESTree.Node, string>();
  for (const finding of findings) {
    if (!reports(finding)) continue;
    const current = holders.get(finding.flow.sink);
    const name = finding.flow.origin.name;
    if (current === undefined || name.length < current.length) holders.set(finding.flow.sink, name);
  }
  return holders;
}

/** Most specific first: a raw payload holds secrets and personal data, and a secret outranks personal data. */
const RANK: readonly LeakCategory[] = ['payload', 'secret', 'pii'];

const WHAT: Readonly<Record<LeakCategory, string>> = { payload: 'a raw payload', secret: 'a secret', pii: 'personal data' };

/**
 * What the file's other leak rules report, by sink: `outranking`, the values a more specific rule
 * reports (this rule leaves them to it); `outranked`, for each value this rule reports, what a less
 * specific rule found in it (`a secret`), for the message.
 */
function otherReports(
  analysis: FileAnalysis,
  category: LeakCategory,
): { outranking: ReadonlySet<TSESTree.Node>; outranked: ReadonlyMap<TSESTree.Node, string> } {
  const outranking = new Set<TSESTree.Node>();
  const outranked = new Map<TSESTree.Node, string>();
  const mine = RANK.indexOf(category);
  for (const [other, entry] of analysis.leakRules) {
    if (other === category) continue;
    for (const finding of analysis.leaks(entry.words)) {
      if (!entry.reports(finding)) continue;
      if (RANK.indexOf(other) < mine) outranking.add(finding.flow.sink);
      else if (!outranked.has(finding.flow.sink)) outranked.set(finding.flow.sink, `${WHAT[other]}: '${finding.flow.origin.name}'`);
    }
  }
  return { outranking, outranked };
}

const MESSAGE_BY_KIND = {
  name: 'leak',
  literal: 'literalLeak',
  record: 'recordLeak',
  payload: 'payloadLeak',
} as const satisfies Record<string, LeakMessageIds>;

/** The same, for a telemetry SDK call: the message names where the value is sent. */
const SENT_MESSAGE_BY_KIND = {
  name: 'sentLeak',
  literal: 'sentLiteralLeak',
  record: 'sentRecordLeak',
  payload: 'sentPayloadLeak',
} as const satisfies Record<string, LeakMessageIds>;

type Suggestion = TSESLint.SuggestionReportDescriptor<LeakMessageIds>;

/**
 * The autofix and suggestions of a finding: `redact()` around the value in the log call (a
 * suggestion for literals), `redact()` where the value entered when it came through a variable,
 * and, for a whole request, context or HTTP client error, logging chosen fields instead: the
 * autofix where that is safe (see `fix/remedies.ts`).
 */
function fixesOf(
  finding: LeakFinding,
  sourceCode: Readonly<TSESLint.SourceCode>,
  helper: RedactHelper,
  fixMode: FixMode,
  filename: string,
): { fix: TSESLint.ReportFixFunction | undefined; suggest: Suggestion[] } {
  const { flow } = finding;
  const origin = flow.origin;
  const text = sourceCode.getText(flow.sink);
  const remedy = fixMode !== 'none' && origin.payload && !origin.name.includes('.') ? remedyFor(origin.payload.shape, flow.sink, sourceCode) : null;
  const remedyIsFix = remedy?.safe === true && fixMode === 'autofix';
  const sinkFix = redactFix(sourceCode, flow.sink, helper, filename);
  const redactMode: FixMode = remedyIsFix || (origin.kind === 'literal' && fixMode === 'autofix') ? 'suggestion' : fixMode;
  const primary = fixOrSuggest(redactMode, sinkFix, 'wrapInRedact', { text, redact: helper.name });
  const suggest: Suggestion[] = [...(primary.suggest ?? [])];
  const atSink = origin.node.range[0] >= flow.sink.range[0] && origin.node.range[1] <= flow.sink.range[1];
  const sourceFix = origin.wrappable && !atSink && fixMode !== 'none' && !isParsedInput(origin.node) ? redactFix(sourceCode, origin.node, helper, filename) : null;
  if (sourceFix) {
    suggest.push({
      messageId: 'wrapAtSource',
      data: { text: sourceCode.getText(origin.node), redact: helper.name, line: String(origin.node.loc.start.line) },
      fix: sourceFix,
    });
  }
  const remedyFix = remedy ? replaceValueFix(sourceCode, flow.sink, remedy.text) : null;
  if (remedy && remedyFix && !remedyIsFix) suggest.push({ messageId: remedy.messageId, data: { text }, fix: remedyFix });
  return { fix: remedyIsFix && remedyFix ? remedyFix : (primary.fix ?? undefined), suggest };
}

/**
 * `new URL(DATABASE_URL)`, `JSON.parse(raw)`: a value parsed where it enters cannot be wrapped there
 * (`new URL('[REDACTED]')` throws), so no suggestion offers it.
 */
function isParsedInput(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.NewExpression) return parent.arguments.includes(node as TSESTree.CallExpressionArgument);
  return (
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments[0] === node &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    parent.callee.object.type === AST_NODE_TYPES.Identifier &&
    parent.callee.object.name === 'JSON'
  );
}

/** Messages every leak rule shares; `leak` says what the rule's category is. */
export function leakRuleMessages(what: string): Record<LeakMessageIds, string> {
  return {
    leak: `'{{name}}' looks like ${what} and reaches \`{{callee}}()\`{{through}}.`,
    literalLeak: 'A string that looks like {{name}} reaches `{{callee}}()`{{through}}.',
    recordLeak: "'{{name}}' is a whole record about a person and reaches `{{callee}}()`{{through}}; log the fields you need.",
    payloadLeak: "'{{name}}' carries the raw {{what}} and reaches `{{callee}}()`{{through}}; log the fields you need.",
    sentLeak: `'{{name}}' looks like ${what} and is sent to {{destination}} by \`{{callee}}()\`{{through}}.`,
    sentLiteralLeak: 'A string that looks like {{name}} is sent to {{destination}} by `{{callee}}()`{{through}}.',
    sentRecordLeak: "'{{name}}' is a whole record about a person and is sent to {{destination}} by `{{callee}}()`{{through}}; send the fields you need.",
    sentPayloadLeak: "'{{name}}' carries the raw {{what}} and is sent to {{destination}} by `{{callee}}()`{{through}}; send the fields you need.",
    wrapInRedact: 'Wrap `{{text}}` in `{{redact}}()`.',
    wrapAtSource: 'Wrap `{{text}}` in `{{redact}}()` where it enters, on line {{line}}.',
    summarizeRequest: 'Log only the method and path of `{{text}}`.',
    summarizeError: 'Log only the message, status and code of `{{text}}`.',
  };
}

/** Schema properties every leak rule shares. */
export function leakRuleSchemaProperties(category: 'secret' | 'pii'): Record<string, import('@typescript-eslint/utils/json-schema').JSONSchema4> {
  const what = category === 'secret' ? 'a secret, such as `pepper` or `vault key`' : 'personal data, such as `employee number`';
  return {
    fix: FIX_MODE_SCHEMA,
    words: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      description: `Extra words or phrases that mark a name as ${what}.`,
    },
    ignore: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      description: 'Names or built-in terms never to report, such as `sessionId`.',
    },
    reportInDevelopment: REPORT_IN_DEVELOPMENT_SCHEMA,
    reportInClientApps: REPORT_IN_CLIENT_APPS_SCHEMA,
  };
}
