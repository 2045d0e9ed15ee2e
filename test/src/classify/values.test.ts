import { describe, expect, it } from 'vitest';
import { classifySecretLiteral, SECRET_FORMATS, shannonEntropy } from '../../../src/classify/values.js';

/** One positive and one near-miss per known format. */
const FORMAT_CASES: Readonly<Record<string, readonly [string, string]>> = {
  'aws-access-key-id': ['key AKIAIOSFODNN7EXAMPLE here', 'AKIA1234 is too short'],
  'github-token': ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_short'],
  'gitlab-token': ['glpat-abcdefghij0123456789', 'glpat-short'],
  'slack-token': ['xoxb-1234567890-abcdefghij', 'xoxb-'],
  'stripe-live-key': ['sk_live_51H8abcdefghijklmnopqrstuv', 'sk_test_51H8abcdefghijklmnopqrstuv'],
  'google-api-key': ['AIzaSyA1234567890abcdefghijklmnopqrstuv', 'AIza-too-short'],
  jwt: ['Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'eyJ alone'],
  'private-key': ['-----BEGIN RSA PRIVATE KEY-----\nMIIE', '-----BEGIN PUBLIC KEY-----'],
  'url-credentials': ['postgres://admin:hunter2@db:5432/app', 'https://example.com/path@x'],
  'password-query': ['/login?user=a&password=letmein', '/reset-password?step=2'],
};

describe('classifySecretLiteral: known formats', () => {
  it('every format has a case', () => {
    expect(Object.keys(FORMAT_CASES).sort()).toEqual(SECRET_FORMATS.map((format) => format.id).sort());
  });

  for (const [id, [positive, negative]] of Object.entries(FORMAT_CASES)) {
    it(`${id}: finds "${positive.slice(0, 24)}…"`, () => {
      expect(classifySecretLiteral(positive)?.id).toBe(id);
    });
    it(`${id}: ignores "${negative}"`, () => {
      expect(classifySecretLiteral(negative)?.id).not.toBe(id);
    });
  }
});

describe('classifySecretLiteral: entropy and quiet strings', () => {
  it.each([
    'password reset email sent',
    'Invalid password attempt',
    '550e8400-e29b-41d4-a716-446655440000',
    '9fceb02d0ae598e95dc970b74767f19372d61af8',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'the_quick_brown_fox_jumps_over_the_lazy_dog',
    // Identifiers of joined words, placeholders and integrity hashes are not random secrets.
    'Deploy_Prod_EU_2024_11_Release_Candidate',
    'Migrate_Users_To_Tenant_2024_Batch7_Run3',
    'Xk29Lq8Rz01PvW7mNc3TbY6hGf5EXAMPLE',
    'q8Zr3LmT0xVb7xxxxNcK2pWy5HdJ9sFa',
    'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
    'h1:abcDEF0123456789+/ghiJKLmnopQRSTuvwxYZ012345=',
    'SomeVeryLongCamelCaseIdentifierName',
    '12345678901234567890123456789',
    '/api/v1/users/:id/sessions',
    '',
  ])('quiet: %s', (text) => {
    expect(classifySecretLiteral(text)).toBeNull();
  });

  it.each(['q8Zr3LmT0xVb7NcK2pWy5HdJ9sFa4Ge1', 'api key Xk29Lq8Rz01PvW7mNc3TbY6hGf5Ds4Ja'])('random-looking: %s', (text) => {
    expect(classifySecretLiteral(text)?.id).toBe('high-entropy');
  });

  it('the shortest match is eight characters, and short strings are skipped', () => {
    expect(classifySecretLiteral('?pwd=abc')?.id).toBe('password-query');
    expect(classifySecretLiteral('?pwd=ab')).toBeNull();
  });

  it('answers the same for a string seen before (cached)', () => {
    const token = 'Xk29Lq8Rz01PvW7mNc3TbY6hGf5Ds4Ja';
    expect(classifySecretLiteral(token)?.id).toBe('high-entropy');
    expect(classifySecretLiteral(token)?.id).toBe('high-entropy');
    expect(classifySecretLiteral('just a message')).toBeNull();
    expect(classifySecretLiteral('just a message')).toBeNull();
  });

  it('entropy of uniform and repeated text', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });

  it('stays fast on a long adversarial string', () => {
    const text = `${'a'.repeat(50_000)}!${'-'.repeat(50_000)}://${':'.repeat(10_000)}`;
    const started = performance.now();
    classifySecretLiteral(text);
    // Linear patterns finish far below this bound; a super-linear one would not.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
