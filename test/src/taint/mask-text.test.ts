import { describe, expect, it } from 'vitest';
import { isMaskText } from '../../../src/taint/handlers.js';

describe('isMaskText', () => {
  it.each(['', '***', '********', '••••', 'xxxx-xxxx', '[REDACTED]', '<hidden>', '(masked)', 'removed', ' FILTERED '])('%j stands in for a value', (text) => {
    expect(isMaskText(text)).toBe(true);
  });
  it.each(['hunter2', 'secret', 'sk_live_abc', '*hunter2*', 'redacted-password-123', 'x'.repeat(65), 'Bearer ***x'])('%j may be a value', (text) => {
    expect(isMaskText(text)).toBe(false);
  });
});
