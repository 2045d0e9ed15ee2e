import { describe, expect, it } from 'vitest';
import { classifySecretLiteral, SECRET_FORMATS, shannonEntropy } from '../../../src/classify/values.js';

/** `n` characters drawn from `chars` in a fixed, irregular order: a synthetic token body. */
function fill(chars: string, n: number): string {
  let out = '';
  for (let index = 0; index < n; index++) out += chars[(index * 7 + 3 + Math.floor(index / 5)) % chars.length] ?? '';
  return out;
}
const HEX = '0123456789abcdef';
const ALNUM = 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7cF0';
const LOWER = 'qwertyuiopasdfghjklzxcvbnm';
const UPPER_DIGITS = 'Q7W2E9R4T1Y8U3I6O5P0ASDFGHJKLZXCVBNM';
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;

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
  'google-oauth-client-secret': [`GOCSPX-${fill(URLSAFE, 28)}`, `GOCSPX-${fill(URLSAFE, 12)}`],
  'azure-ad-client-secret': [`abc8Q~${fill(URLSAFE, 34)}`, `abc8Q-${fill(URLSAFE, 34)}`],
  'azure-storage-key': [`DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${fill(B64, 86)}==`, 'AccountKey=short=='],
  'alibaba-access-key-id': [`LTAI${fill(ALNUM, 20)}`, `LTAI${fill(ALNUM, 8)}`],
  'digitalocean-token': [`dop_v1_${fill(HEX, 64)}`, `dop_v2_${fill(HEX, 64)}`],
  'cloudflare-origin-ca-key': [`v1.0-${fill(HEX, 24)}-${fill(HEX, 146)}`, `v1.0-${fill(HEX, 24)}-${fill(HEX, 20)}`],
  'heroku-api-key': [`HRKU-${fill(URLSAFE, 60)}`, `HRKU-${fill(URLSAFE, 20)}`],
  'flyio-token': [`fo1_${fill(URLSAFE, 43)}`, `fo2_${fill(URLSAFE, 43)}`],
  'databricks-token': [`dapi${fill(HEX, 32)}`, `dapi${fill(HEX, 12)}`],
  'planetscale-token': [`pscale_tkn_${fill(URLSAFE, 43)}`, `pscale_xyz_${fill(URLSAFE, 43)}`],
  'supabase-token': [`sbp_${fill(HEX, 40)}`, `sbp_${fill(HEX, 10)}`],
  'vault-token': [`hvs.${fill(URLSAFE, 95)}`, `hvs.${fill(URLSAFE, 24)}`],
  'terraform-cloud-token': [`${fill(ALNUM, 14)}.atlasv1.${fill(URLSAFE, 67)}`, `${fill(ALNUM, 14)}.atlasv2.${fill(URLSAFE, 67)}`],
  'pulumi-token': [`pul-${fill(HEX, 40)}`, `pul-${fill(HEX, 12)}`],
  'doppler-token': [`dp.pt.${fill(ALNUM, 43)}`, `dp.xx.${fill(ALNUM, 43)}`],
  'onepassword-token': [`ops_eyJ${fill(B64, 300)}`, `ops_eyJ${fill(B64, 30)}`],
  'age-secret-key': [`AGE-SECRET-KEY-1${fill('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`, 'AGE-SECRET-KEY-1 goes here'],
  'npm-token': [`npm_${fill(ALNUM, 36)}`, `npm_${fill(ALNUM, 20)}`],
  'pypi-token': [`pypi-AgEIcHlwaS5vcmc${fill(URLSAFE, 70)}`, `pypi-AgEI${fill(URLSAFE, 70)}`],
  'rubygems-api-key': [`rubygems_${fill(HEX, 48)}`, `rubygems_${fill(HEX, 16)}`],
  'nuget-api-key': [`oy2${fill('abcdefghijklmnopqrstuvwxyz0123456789', 43)}`, `oy2${fill(LOWER, 12)}`],
  'clojars-token': [`CLOJARS_${fill('abcdefghijklmnopqrstuvwxyz0123456789', 60)}`, `CLOJARS_${fill(LOWER, 20)}`],
  'docker-hub-token': [`dckr_pat_${fill(URLSAFE, 27)}`, `dckr_pat_${fill(URLSAFE, 10)}`],
  'artifactory-api-key': [`AKCp${fill(ALNUM, 69)}`, `AKCp${fill(ALNUM, 20)}`],
  'atlassian-api-token': [`ATATT3${fill(URLSAFE, 190)}`, `ATATT3${fill(URLSAFE, 40)}`],
  'octopus-deploy-api-key': [`API-${fill(UPPER_DIGITS, 26)}`, 'API-VERSION'],
  'harness-token': [`pat.${fill(URLSAFE, 22)}.${fill(HEX, 24)}.${fill(ALNUM, 20)}`, `pat.${fill(URLSAFE, 22)}`],
  'scalingo-token': [`tk-us-${fill(URLSAFE, 48)}`, `tk-us-${fill(URLSAFE, 12)}`],
  'slack-app-token': [`xapp-1-A0${fill(UPPER_DIGITS, 8)}-1234567890123-${fill(HEX, 64)}`, 'xapp-1-short'],
  'slack-webhook': [`https://hooks.slack.com/services/T0${fill(UPPER_DIGITS, 8)}/B0${fill(UPPER_DIGITS, 8)}/${fill(ALNUM, 24)}`, 'https://hooks.slack.com/services/'],
  'discord-bot-token': [`M${fill(ALNUM, 24)}.${fill(URLSAFE, 6)}.${fill(URLSAFE, 27)}`, `X${fill(ALNUM, 24)}.${fill(URLSAFE, 6)}.${fill(URLSAFE, 27)}`],
  'discord-webhook': [`https://discord.com/api/webhooks/123456789012345678/${fill(URLSAFE, 68)}`, 'https://discord.com/api/webhooks/123/abc'],
  'telegram-bot-token': [`123456789:AA${fill(URLSAFE, 33)}`, `123456789:BB${fill(URLSAFE, 33)}`],
  'twilio-api-key': [`SK${fill(HEX, 32)}`, `SK${fill(HEX, 16)}`],
  'sendgrid-api-key': [`SG.${fill(URLSAFE, 22)}.${fill(URLSAFE, 43)}`, `SG.${fill(URLSAFE, 10)}.x`],
  'mailgun-api-key': [`key-${fill(HEX, 32)}`, `key-${fill(HEX, 10)}`],
  'mailchimp-api-key': [`${fill(HEX, 32)}-us21`, `${fill(HEX, 32)}-eu21`],
  'stripe-test-key': [`sk_test_${fill(ALNUM, 40)}`, `pk_test_${fill(ALNUM, 40)}`],
  'square-token': [`sq0atp-${fill(URLSAFE, 22)}`, `sq0xxx-${fill(URLSAFE, 22)}`],
  'shopify-token': [`shpat_${fill(HEX, 32)}`, `shpxx_${fill(HEX, 32)}`],
  'flutterwave-key': [`FLWSECK_TEST-${fill('abcdefgh0123456789', 32)}-X`, 'FLWSECK-short-X'],
  'shippo-token': [`shippo_live_${fill(HEX, 40)}`, `shippo_beta_${fill(HEX, 40)}`],
  'easypost-api-key': [`EZAK${fill(ALNUM, 54)}`, `EZAK${fill(ALNUM, 20)}`],
  'duffel-token': [`duffel_test_${fill(URLSAFE, 43)}`, `duffel_demo_${fill(URLSAFE, 43)}`],
  'openai-api-key': [`sk-proj-${fill(URLSAFE, 40)}T3BlbkFJ${fill(URLSAFE, 40)}`, `sk-proj-${fill(URLSAFE, 40)}`],
  'anthropic-api-key': [`sk-ant-api03-${fill(URLSAFE, 93)}`, `sk-ant-api03-${fill(URLSAFE, 20)}`],
  'huggingface-token': [`hf_${fill('abcdefghijklmnopqrstuvwxyzABCDEFGH', 34)}`, `hf_${fill(LOWER, 10)}`],
  'groq-api-key': [`gsk_${fill(ALNUM, 52)}`, `gsk_${fill(ALNUM, 20)}`],
  'replicate-token': [`r8_${fill(ALNUM, 37)}`, `r8_${fill(ALNUM, 10)}`],
  'perplexity-api-key': [`pplx-${fill(ALNUM, 48)}`, `pplx-${fill(ALNUM, 20)}`],
  'xai-api-key': [`xai-${fill(ALNUM, 80)}`, `xai-${fill(ALNUM, 20)}`],
  'langsmith-api-key': [`lsv2_pt_${fill(HEX, 32)}_${fill(HEX, 10)}`, `lsv2_xx_${fill(HEX, 32)}_${fill(HEX, 10)}`],
  'sentry-token': [`sntrys_${fill(B64, 80)}`, 'https://abc@o1.ingest.sentry.io/1'],
  'new-relic-key': [`NRAK-${fill(UPPER_DIGITS, 27)}`, `NRJS-${fill(HEX, 19)}`],
  'grafana-token': [`glsa_${fill(ALNUM, 32)}_${fill(HEX, 8)}`, `glsa_${fill(ALNUM, 10)}`],
  'dynatrace-token': [`dt0c01.${fill(UPPER_DIGITS, 24)}.${fill(UPPER_DIGITS, 64)}`, `dt0c01.${fill(UPPER_DIGITS, 10)}`],
  'launchdarkly-key': ['sdk-1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d', 'mob-1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d'],
  'postman-api-key': [`PMAK-${fill(HEX, 24)}-${fill(HEX, 34)}`, `PMAK-${fill(HEX, 10)}`],
  'linear-api-key': [`lin_api_${fill(ALNUM, 40)}`, `lin_api_${fill(ALNUM, 10)}`],
  'notion-token': [`ntn_12345678901${fill(ALNUM, 35)}`, 'secret_of_success'],
  'airtable-token': [`pat${fill(ALNUM, 14)}.${fill(HEX, 64)}`, `pat${fill(ALNUM, 14)}.${fill(HEX, 10)}`],
  'figma-token': [`figd_${fill(URLSAFE, 40)}`, `figd_${fill(URLSAFE, 10)}`],
  'contentful-token': [`CFPAT-${fill(URLSAFE, 43)}`, `CFPAT-${fill(URLSAFE, 10)}`],
  'typeform-token': [`tfp_${fill(URLSAFE, 59)}`, `tfp_${fill(URLSAFE, 20)}`],
  'prefect-token': [`pnu_${fill(ALNUM, 36)}`, `pnu_${fill(ALNUM, 10)}`],
  'readme-api-key': [`rdme_${fill('abcdefghijklmnopqrstuvwxyz0123456789', 70)}`, `rdme_${fill(LOWER, 20)}`],
  'frameio-token': [`fio-u-${fill(URLSAFE, 64)}`, `fio-u-${fill(URLSAFE, 10)}`],
  'adobe-client-secret': [`p8e-${fill('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`, `p8e-${fill(LOWER, 10)}`],
  'dropbox-token': [`sl.${fill(URLSAFE, 140)}`, `sl.${fill(URLSAFE, 20)}`],
  'mapbox-secret-token': [`sk.eyJ${fill(URLSAFE, 60)}.${fill(URLSAFE, 22)}`, `pk.eyJ${fill(URLSAFE, 60)}.${fill(URLSAFE, 22)}`],
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
