import { describe, expect, it } from 'vitest';
import { DEFAULT_REDACT_SOURCE, resolveSettings, SettingsError } from '../../src/settings.js';

describe('resolveSettings', () => {
  it('defaults', () => {
    expect(resolveSettings(undefined)).toEqual({
      types: {},
      loggers: [],
      words: {},
      sanitizers: [],
      nameFallback: true,
      redact: { name: 'redact', source: DEFAULT_REDACT_SOURCE },
      telemetryOff: new Set(),
    });
    expect(resolveSettings({ other: 1 }).nameFallback).toBe(true);
  });

  it('fills partial settings', () => {
    const settings = resolveSettings({ 'secure-logging': { redact: { name: 'mask' }, loggers: [{ name: 'audit' }] } });
    expect(settings.redact).toEqual({ name: 'mask', source: DEFAULT_REDACT_SOURCE });
    expect(settings.loggers).toEqual([{ name: 'audit' }]);
  });

  it('caches per settings object', () => {
    const raw = { 'secure-logging': { nameFallback: false } };
    expect(resolveSettings(raw)).toBe(resolveSettings(raw));
  });

  it.each([
    [{ nameFallback: 'yes' }, "Invalid settings['secure-logging'].nameFallback: expected boolean, got string"],
    [{ loggerz: [] }, 'unknown key "loggerz" (known keys: loggers, words, types, sanitizers, telemetry, nameFallback, redact)'],
    [{ loggers: [{ module: '' }] }, '.loggers[0].module: must not be empty'],
    [{ loggers: [{ module: 'a', kind: 'singleton' }] }, '.loggers[0].kind: must be one of "factory", "class", "instance", got "singleton"'],
    [{ loggers: [{ name: 'a b' }] }, '.loggers[0].name: "a b" is not a valid name'],
    [{ loggers: [{ methods: ['x'] }] }, '.loggers[0]: must match exactly one of the allowed shapes'],
    [{ loggers: [{ name: 'a', library: 'log5j' }] }, '.loggers[0].library: must be one of'],
    [{ redact: { name: 'not valid' } }, '.redact.name: "not valid" is not a valid name'],
    [[], ': expected object, got array'],
  ])('rejects %j', (raw, message) => {
    expect(() => resolveSettings({ 'secure-logging': raw })).toThrow(SettingsError);
    expect(() => resolveSettings({ 'secure-logging': raw })).toThrow(message);
  });
});
