/**
 * The telemetry catalogue. Pure data: the SDKs that ship diagnostic data to a third party (error
 * trackers, tracing, APM), which of their calls take data, and in which arguments. The leak rules
 * watch these calls like log calls, and name the destination in their messages. `./find.ts`
 * reads it; `test/src/telemetry/find.test.ts` checks it.
 */

/** The SDK families, each of which a setting can turn off. */
export type TelemetryFamily = 'sentry' | 'opentelemetry' | 'datadog' | 'newrelic' | 'bugsnag' | 'rollbar' | 'honeybadger' | 'airbrake';

/**
 * What each argument of a call is: `data` is sent (traced like a logged value), `error` is an
 * exception the SDK serialises by its own rules (message and stack: not traced), anything past the
 * list is not sent.
 */
export type TelemetryRole = 'data' | 'error';

/** A call of the SDK's module: its export path (`['captureException']`, `['default', 'notify']`). */
export interface ModuleCall {
  readonly path: readonly string[];
  readonly roles: readonly TelemetryRole[];
}

/**
 * A call on an object the SDK hands out (a scope, a span, an event): recognised by its method
 * name, on a receiver whose name ends with one of `receivers`, in a file that loads the SDK.
 */
export interface ReceiverCall {
  readonly method: string;
  readonly roles: readonly TelemetryRole[];
  readonly receivers: readonly string[];
}

export interface TelemetryEntry {
  readonly family: TelemetryFamily;
  /** The destination as messages name it. */
  readonly label: string;
  /** Module names, or prefixes ending in `/` (`@sentry/`). */
  readonly modules: readonly string[];
  readonly calls: readonly ModuleCall[];
  readonly receiverCalls: readonly ReceiverCall[];
}

const DATA: readonly TelemetryRole[] = ['data'];
const DATA2: readonly TelemetryRole[] = ['data', 'data'];
const DATA3: readonly TelemetryRole[] = ['data', 'data', 'data'];
const ERROR_THEN_DATA: readonly TelemetryRole[] = ['error', 'data'];

/** Methods of Sentry's scope and of the SDK itself that attach data to events. */
const SENTRY_SCOPE_METHODS: readonly [string, readonly TelemetryRole[]][] = [
  ['setUser', DATA],
  ['setContext', DATA2],
  ['setExtra', DATA2],
  ['setExtras', DATA],
  ['setTag', DATA2],
  ['setTags', DATA],
  ['addBreadcrumb', DATA],
];

const SPAN_RECEIVERS = ['span'];

export const TELEMETRY: readonly TelemetryEntry[] = [
  {
    family: 'sentry',
    label: 'Sentry',
    modules: ['@sentry/'],
    calls: [
      { path: ['captureException'], roles: ERROR_THEN_DATA },
      { path: ['captureMessage'], roles: DATA2 },
      { path: ['captureEvent'], roles: DATA },
      ...SENTRY_SCOPE_METHODS.map(([method, roles]) => ({ path: [method], roles })),
    ],
    receiverCalls: [
      ...SENTRY_SCOPE_METHODS.map(([method, roles]) => ({ method, roles, receivers: ['scope'] })),
      { method: 'captureException', roles: ERROR_THEN_DATA, receivers: ['scope'] },
      { method: 'captureMessage', roles: DATA2, receivers: ['scope'] },
    ],
  },
  {
    family: 'opentelemetry',
    label: 'OpenTelemetry',
    modules: ['@opentelemetry/'],
    calls: [],
    receiverCalls: [
      { method: 'setAttribute', roles: DATA2, receivers: SPAN_RECEIVERS },
      { method: 'setAttributes', roles: DATA, receivers: SPAN_RECEIVERS },
      { method: 'addEvent', roles: DATA2, receivers: SPAN_RECEIVERS },
      { method: 'recordException', roles: ['error'], receivers: SPAN_RECEIVERS },
      { method: 'setStatus', roles: DATA, receivers: SPAN_RECEIVERS },
    ],
  },
  {
    family: 'datadog',
    label: 'Datadog',
    modules: ['dd-trace', 'hot-shots', '@datadog/'],
    calls: [],
    receiverCalls: [
      // `span.setTag(…)`, and dd-trace's `tracer.scope().active().setTag(…)`.
      { method: 'setTag', roles: DATA2, receivers: [...SPAN_RECEIVERS, 'active'] },
      { method: 'addTags', roles: DATA, receivers: [...SPAN_RECEIVERS, 'active'] },
      // hot-shots: `client.event(title, text, options, tags)`.
      { method: 'event', roles: ['data', 'data', 'data', 'data'], receivers: ['statsd', 'dogstatsd', 'stats', 'metrics'] },
      // Browser logs: `datadogLogs.logger.info(message, context)`.
      { method: 'info', roles: DATA2, receivers: ['datadogLogs.logger'] },
      { method: 'warn', roles: DATA2, receivers: ['datadogLogs.logger'] },
      { method: 'error', roles: DATA2, receivers: ['datadogLogs.logger'] },
      { method: 'debug', roles: DATA2, receivers: ['datadogLogs.logger'] },
      { method: 'setGlobalContextProperty', roles: DATA2, receivers: ['datadogLogs', 'datadogRum'] },
      { method: 'setUser', roles: DATA, receivers: ['datadogLogs', 'datadogRum'] },
    ],
  },
  {
    family: 'newrelic',
    label: 'New Relic',
    modules: ['newrelic', '@newrelic/'],
    calls: [
      { path: ['addCustomAttribute'], roles: DATA2 },
      { path: ['addCustomAttributes'], roles: DATA },
      { path: ['addCustomSpanAttribute'], roles: DATA2 },
      { path: ['addCustomSpanAttributes'], roles: DATA },
      { path: ['noticeError'], roles: ERROR_THEN_DATA },
      { path: ['recordCustomEvent'], roles: DATA2 },
      { path: ['recordLogEvent'], roles: DATA },
      { path: ['setUserID'], roles: DATA },
    ],
    receiverCalls: [{ method: 'setAttribute', roles: DATA2, receivers: ['interaction'] }],
  },
  {
    family: 'bugsnag',
    label: 'Bugsnag',
    modules: ['@bugsnag/'],
    calls: [
      { path: ['notify'], roles: ERROR_THEN_DATA },
      { path: ['addMetadata'], roles: DATA3 },
      { path: ['leaveBreadcrumb'], roles: DATA3 },
      { path: ['setUser'], roles: DATA3 },
      { path: ['default', 'notify'], roles: ERROR_THEN_DATA },
      { path: ['default', 'addMetadata'], roles: DATA3 },
      { path: ['default', 'leaveBreadcrumb'], roles: DATA3 },
      { path: ['default', 'setUser'], roles: DATA3 },
    ],
    receiverCalls: [
      { method: 'addMetadata', roles: DATA3, receivers: ['event'] },
      { method: 'setUser', roles: DATA3, receivers: ['event'] },
    ],
  },
  {
    family: 'rollbar',
    label: 'Rollbar',
    modules: ['rollbar'],
    calls: [],
    receiverCalls: ['log', 'debug', 'info', 'warn', 'warning', 'error', 'critical'].map((method) => ({
      method,
      roles: ['data', 'data', 'data'] as const,
      receivers: ['rollbar'],
    })),
  },
  {
    family: 'honeybadger',
    label: 'Honeybadger',
    modules: ['@honeybadger-io/'],
    calls: [
      { path: ['notify'], roles: ERROR_THEN_DATA },
      { path: ['setContext'], roles: DATA },
      { path: ['addBreadcrumb'], roles: DATA2 },
      { path: ['default', 'notify'], roles: ERROR_THEN_DATA },
      { path: ['default', 'setContext'], roles: DATA },
      { path: ['default', 'addBreadcrumb'], roles: DATA2 },
    ],
    receiverCalls: [],
  },
  {
    family: 'airbrake',
    label: 'Airbrake',
    modules: ['@airbrake/'],
    calls: [],
    // `airbrake.notify({ error, params, context, session, environment })`.
    receiverCalls: [{ method: 'notify', roles: DATA, receivers: ['airbrake'] }],
  },
];

/** Every family, for the settings schema. */
export const TELEMETRY_FAMILIES: readonly TelemetryFamily[] = TELEMETRY.map((entry) => entry.family);
