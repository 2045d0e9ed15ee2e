/**
 * Plugin-wide settings, read from `settings['secure-logging']` in the ESLint config.
 *
 * ESLint does not validate `settings`, so this module checks them against {@link SETTINGS_SCHEMA}
 * and throws an error that names the bad key. Resolved settings are cached per settings object.
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { LoggerLibrary } from './loggers/catalog.js';
import { TELEMETRY, type TelemetryFamily } from './telemetry/catalog.js';

/** The key under `settings` that this plugin reads. */
export const SETTINGS_KEY = 'secure-logging';

/** The import path of the runtime `redact()` helper. */
export const DEFAULT_REDACT_SOURCE = '@secure-logging/redact';

/** A project logger declared in settings. */
export type LoggerSetting =
  | {
      /** Module that exports the logger or its factory (`@acme/log`). */
      readonly module: string;
      /** Dotted export path; omit for the module itself (`default`, `createLogger`). */
      readonly export?: string;
      /** `factory` (call it), `class` (`new` it) or `instance` (it is the logger). */
      readonly kind?: 'factory' | 'class' | 'instance';
      readonly library?: LoggerLibrary;
      readonly methods?: readonly string[];
      /** Key paths the logger masks itself, in pino's path syntax. */
      readonly redacts?: readonly string[];
    }
  | {
      /** Receiver name, as source text: `audit`, `this.audit`. */
      readonly name: string;
      readonly library?: LoggerLibrary;
      readonly methods?: readonly string[];
      /** Key paths the logger masks itself, in pino's path syntax. */
      readonly redacts?: readonly string[];
    };

/** Words to add per category, names to ignore, and extra safe qualifiers. */
export interface WordSettings {
  readonly secret?: readonly string[];
  readonly pii?: readonly string[];
  readonly ignore?: readonly string[];
  readonly safe?: readonly string[];
}

/** Type names (typed mode) that mark values as sensitive or as already redacted. */
export interface TypeSettings {
  readonly secret?: readonly string[];
  readonly pii?: readonly string[];
  readonly redacted?: readonly string[];
}

/** Settings after validation, with defaults filled in. */
export interface ResolvedSettings {
  readonly types: TypeSettings;
  readonly loggers: readonly LoggerSetting[];
  readonly words: WordSettings;
  /** Extra sanitizer function names or callee paths (`scrub`, `security.mask`). */
  readonly sanitizers: readonly string[];
  readonly nameFallback: boolean;
  readonly redact: { readonly name: string; readonly source: string };
  /** Telemetry SDK families whose calls the leak rules leave alone. */
  readonly telemetryOff: ReadonlySet<TelemetryFamily>;
}

const LIBRARY_NAMES: LoggerLibrary[] = [
  'console',
  'pino',
  'winston',
  'bunyan',
  'log4js',
  'loglevel',
  'egg',
  'nestjs',
  'custom',
];

const IDENTIFIER = '^[A-Za-z_$][\\w$]*$';

const methodsSchema: JSONSchema4 = {
  type: 'array',
  items: { type: 'string', pattern: IDENTIFIER },
  description: 'Methods that log. Defaults to the methods of `library`, or the usual level names.',
};

const redactsSchema: JSONSchema4 = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description:
    'Key paths this logger masks itself, in pino path syntax (`password`, `user.email`, `*.token`). Values at these paths are not reported.',
};

/** A list of non-empty strings. */
function stringList(description: string): JSONSchema4 {
  return { type: 'array', items: { type: 'string', minLength: 1 }, description };
}

const librarySchema: JSONSchema4 = {
  type: 'string',
  enum: LIBRARY_NAMES,
  description: 'Which library the logger behaves like, for argument layout and levels. Default `custom`.',
};

/** JSON schema of `settings['secure-logging']`, used for validation and documentation. */
export const SETTINGS_SCHEMA: JSONSchema4 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    loggers: {
      type: 'array',
      description: 'Project loggers the plugin should recognise, besides the built-in catalogue.',
      items: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['module'],
            properties: {
              module: { type: 'string', minLength: 1, description: 'Module that exports the logger.' },
              export: { type: 'string', description: 'Dotted export path; omit for the module itself.' },
              kind: {
                type: 'string',
                enum: ['factory', 'class', 'instance'],
                description: 'How the export becomes a logger. Default `instance`.',
              },
              library: librarySchema,
              methods: methodsSchema,
              redacts: redactsSchema,
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
              name: {
                type: 'string',
                pattern: '^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$',
                description: 'Receiver written as source text, such as `audit` or `this.audit`.',
              },
              library: librarySchema,
              methods: methodsSchema,
              redacts: redactsSchema,
            },
          },
        ],
      },
    },
    words: {
      type: 'object',
      additionalProperties: false,
      description: 'Project-wide changes to the sensitive-name vocabulary, shared by every rule.',
      properties: {
        secret: stringList('Extra words or phrases that mean a secret.'),
        pii: stringList('Extra words or phrases that mean personal data.'),
        ignore: stringList('Names or built-in terms never to report.'),
        safe: stringList('Extra qualifiers that make a name safe (`preview`).'),
      },
    },
    types: {
      type: 'object',
      additionalProperties: false,
      description: 'Type names that, with type information, mark a value as sensitive or as already redacted.',
      properties: {
        secret: stringList('Types whose values are secrets (`VaultToken`).'),
        pii: stringList('Types whose values are personal data (`Patient`).'),
        redacted: stringList('Types whose values are safe to log (`PublicUser`).'),
      },
    },
    sanitizers: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Functions that make a value safe to log, by name (`scrub`) or callee path (`security.mask`).',
    },
    telemetry: {
      type: 'object',
      additionalProperties: false,
      description:
        'Telemetry SDKs the leak rules watch as sinks, by family; `false` turns a family off (for a team that sends user ids to its error tracker on purpose). All are on by default.',
      properties: Object.fromEntries(
        TELEMETRY.map((entry) => [entry.family, { type: 'boolean', description: `Watch ${entry.label} calls. Default \`true\`.` }]),
      ),
    },
    nameFallback: {
      type: 'boolean',
      description:
        'Treat receivers named `log`, `logger`, `*Logger` or `*Log` that call a level method as loggers. Default `true`.',
    },
    redact: {
      type: 'object',
      additionalProperties: false,
      description: 'The redaction helper that fixes insert.',
      properties: {
        name: { type: 'string', pattern: IDENTIFIER, description: 'Function name. Default `redact`.' },
        source: {
          type: 'string',
          minLength: 1,
          description: `Module to import it from. Default \`${DEFAULT_REDACT_SOURCE}\`.`,
        },
      },
    },
  },
};

/** Thrown for settings that do not match {@link SETTINGS_SCHEMA}. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(`Invalid settings['${SETTINGS_KEY}']${message}`);
    this.name = 'SettingsError';
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The subset of JSON schema that {@link validateAgainstSchema} understands. */
export interface SchemaSubset {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly oneOf?: readonly SchemaSubset[];
  readonly minLength?: number;
  readonly pattern?: string;
  readonly items?: SchemaSubset;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaSubset>>;
  readonly additionalProperties?: boolean;
}

/**
 * Checks a value against the subset of JSON schema the settings use. Returns an error message
 * (with the path of the bad key) or `undefined`.
 */
export function validateAgainstSchema(value: unknown, schema: SchemaSubset, path = ''): string | undefined {
  if (schema.oneOf) {
    const errors = schema.oneOf.map((option) => validateAgainstSchema(value, option, path));
    const passing = errors.filter((error) => error === undefined).length;
    if (passing === 1) return undefined;
    // Report the error of the option whose required keys are present, if any.
    const index = schema.oneOf.findIndex(
      (option) =>
        option.required !== undefined &&
        typeof value === 'object' &&
        value !== null &&
        option.required.every((key) => key in value),
    );
    return errors[index] ?? `${path}: must match exactly one of the allowed shapes`;
  }
  if (schema.type === 'integer' ? !Number.isInteger(value) : schema.type !== undefined && typeOf(value) !== schema.type) {
    return `${path}: expected ${String(schema.type)}, got ${typeOf(value)}`;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return `${path}: must be one of ${schema.enum.map((item) => JSON.stringify(item)).join(', ')}, got ${JSON.stringify(value)}`;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      return `${path}: must not be empty`;
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      return `${path}: ${JSON.stringify(value)} is not a valid name`;
    }
  }
  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) {
      const error = validateAgainstSchema(item, schema.items, `${path}[${String(index)}]`);
      if (error) return error;
    }
  }
  if (typeOf(value) === 'object' && schema.type === 'object') {
    const record = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      if (!(key in record)) return `${path}: missing required key "${key}"`;
    }
    for (const [key, item] of Object.entries(record)) {
      const propertySchema = properties[key];
      if (!propertySchema) {
        if (schema.additionalProperties === false) {
          const known = Object.keys(properties).join(', ');
          return `${path}: unknown key "${key}" (known keys: ${known})`;
        }
        continue;
      }
      const error = validateAgainstSchema(item, propertySchema, `${path}.${key}`);
      if (error) return error;
    }
  }
  return undefined;
}

const DEFAULTS: ResolvedSettings = {
  types: {},
  loggers: [],
  words: {},
  sanitizers: [],
  nameFallback: true,
  redact: { name: 'redact', source: DEFAULT_REDACT_SOURCE },
  telemetryOff: new Set(),
};

const cache = new WeakMap<object, ResolvedSettings>();

/** Validates and resolves the plugin settings. Throws a {@link SettingsError} on bad input. */
export function resolveSettings(settings: Readonly<Record<string, unknown>> | undefined): ResolvedSettings {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined) return DEFAULTS;
  if (typeof raw === 'object' && raw !== null) {
    const cached = cache.get(raw);
    if (cached) return cached;
  }
  const error = validateAgainstSchema(raw, SETTINGS_SCHEMA as SchemaSubset);
  if (error !== undefined) throw new SettingsError(error);
  const input = raw as {
    loggers?: LoggerSetting[];
    words?: WordSettings;
    types?: TypeSettings;
    sanitizers?: string[];
    nameFallback?: boolean;
    redact?: { name?: string; source?: string };
    telemetry?: Partial<Record<TelemetryFamily, boolean>>;
  };
  const resolved: ResolvedSettings = {
    types: input.types ?? DEFAULTS.types,
    loggers: input.loggers ?? DEFAULTS.loggers,
    words: input.words ?? DEFAULTS.words,
    sanitizers: input.sanitizers ?? DEFAULTS.sanitizers,
    nameFallback: input.nameFallback ?? DEFAULTS.nameFallback,
    redact: {
      name: input.redact?.name ?? DEFAULTS.redact.name,
      source: input.redact?.source ?? DEFAULTS.redact.source,
    },
    telemetryOff: new Set(Object.entries(input.telemetry ?? {}).flatMap(([family, on]) => (on ? [] : [family as TelemetryFamily]))),
  };
  cache.set(raw as object, resolved);
  return resolved;
}
