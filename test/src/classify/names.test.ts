import { describe, expect, it } from 'vitest';
import { classifyName, compileVocabulary, findSensitiveTerm, isAccountOwner, isIdentifierName, isLocationOwner, isNamingOwner, isNonPersonOwner, isScalarName, splitWords } from '../../../packages/redact/src/classify/names.js';
import {
  FLAG_PREFIXES,
  PII_TERMS,
  RECORD_TERMS,
  SAFE_QUALIFIERS,
  SCALAR_WORDS,
  SECRET_TERMS,
} from '../../../packages/redact/src/classify/words.js';

describe('splitWords', () => {
  it.each([
    ['apiKey', ['api', 'key']],
    ['APIKey', ['api', 'key']],
    ['api_key', ['api', 'key']],
    ['x-api-key', ['x', 'api', 'key']],
    ['AWS_SECRET_ACCESS_KEY', ['aws', 'secret', 'access', 'key']],
    ['oauth2Token', ['oauth', '2', 'token']],
    ['PasswordHash', ['password', 'hash']],
    ['$token', ['token']],
    ['_privateKey', ['private', 'key']],
    ['', []],
  ])('%s → %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('classifyName', () => {
  const SECRET = [
    'password', 'userPassword', 'PASSWORD', 'passwd', 'pwd', 'passphrase', 'passcode', 'secret', 'clientSecret',
    'client_secret', 'token', 'accessToken', 'refresh_token', 'idToken', 'csrfToken', 'bearerToken', 'apiKey', 'API_KEY',
    'x-api-key', 'apikey', 'privateKey', 'private_key', 'credentials', 'creds', 'authorization', 'Authorization',
    'cookie', 'cookies', 'set-cookie', 'sessionId', 'session_id', 'jwt', 'otp', 'mfaCode', 'connectionString',
    'DATABASE_URL', 'dsn', 'mnemonic', 'seedPhrase', 'pass', 'passwords', 'tokens', 'resetToken', 'passwordResetToken',
    'STRIPE_SECRET_KEY', 'signingKey', 'encryptionKey',
    // Near misses of the protected-value qualifiers: a key for hashing or encrypting, and an
    // encoded credential, are still secrets.
    'hmacSecret', 'hmacKey', 'cipherKey', 'cryptKey', 'encodedCredentials', 'encodedToken', 'workFactorSecret',
    // Near misses of storage-key names: these keys are secrets.
    'secretKey', 'sessionKey', 'jwtKey', 'cookieKey', 'tokenKey', 'secretAccessKey', 'keyCredentials', 'jwtToken', 'headerJwt',
  ];
  const PII = [
    'email', 'userEmail', 'email_address', 'phone', 'phoneNumber', 'mobile', 'ssn', 'socialSecurityNumber',
    'nationalId', 'taxId', 'dob', 'dateOfBirth', 'birthDate', 'address', 'streetAddress', 'postcode', 'zipCode', 'zip',
    'firstName', 'last_name', 'fullName', 'passport', 'passportNumber', 'driverLicense', 'iban', 'accountNumber',
    'routingNumber', 'creditCard', 'cardNumber', 'card_number', 'cvv', 'pan', 'ipAddress', 'ip', 'clientIp', 'latitude',
    'longitude', 'medicalRecord', 'gender', 'salary', 'emails', 'workEmail',
  ];
  const SAFE = [
    'PASSWORD_ITERATIONS', 'passwordRounds', 'bcryptCost', 'tokenChecksum', 'passwordSha256', 'emailMd5', 'bcryptPassword',
    'passwordBcrypt', 'ciphertextToken', 'desensitizedPhone', 'pseudonymizedEmail', 'tokenizedCard', 'anonymisedEmail',
    'passwordLength', 'password_length', 'maxPasswordLength', 'minPasswordLength', 'tokenCount', 'countTokens',
    'passwordPolicy', 'passwordPattern', 'passwordRegex', 'passwordRule', 'passwordField', 'passwordLabel',
    'passwordPlaceholder', 'tokenType', 'tokenExpiry', 'tokenTtl', 'tokenExpiresAt', 'passwordHash', 'hashedPassword',
    'tokenDigest', 'encryptedToken', 'maskedEmail', 'redactedPassword', 'isTokenValid', 'hasPassword', 'shouldRefreshToken',
    'nextPageToken', 'pageToken', 'cancellationToken', 'tokenizer', 'tokenize', 'author', 'authorized', 'user', 'userId',
    'id', 'name', 'username', 'status', 'message', 'tokenUrl', 'tokenEndpoint', 'secretName', 'secretArn', 'emailVerified',
    'emailTemplate', 'emailService', 'numTokens', 'maxTokens', 'passThrough', 'bypass', 'compass', 'keyboard', 'monkey',
    'pinned', 'zipFile', 'skip', 'healthCheck', 'listenAddress', 'serverAddress', 'cookieOptions', 'cookieMaxAge',
    'passwordError', 'tokenError', 'phoneCountryCode', 'ipVersion', 'addressValidator', 'cardLast4',
    // The key a credential is stored under.
    'credentialKey', 'credentialsKey', 'passwordKey', 'PASSWORD_KEY', 'credsKeys', 'jwtHeader', 'jwtHeaders',
    'emailConfirmed', 'emailsFailed', 'emailDelivered',
  ];

  it.each(SECRET)('%s is a secret', (name) => {
    expect(classifyName(name)?.category).toBe('secret');
  });
  it.each(PII)('%s is PII', (name) => {
    expect(classifyName(name)?.category).toBe('pii');
  });
  it.each(SAFE)('%s is not sensitive', (name) => {
    expect(classifyName(name)).toBeNull();
  });

  it('secret wins over PII in the same name', () => {
    expect(classifyName('emailPassword')?.category).toBe('secret');
  });

  it('reports the matched term', () => {
    expect(classifyName('X_API_KEY')?.term).toBe('api key');
    expect(classifyName('refreshTokens')?.term).toBe('refresh token');
  });

  it('findSensitiveTerm ignores qualifiers', () => {
    expect(findSensitiveTerm('passwordHash')?.term).toBe('password');
    expect(findSensitiveTerm('userId')).toBeNull();
  });
});

describe('vocabulary overrides', () => {
  it('adds words and phrases per category', () => {
    const vocabulary = compileVocabulary({ add: { secret: ['pepper', 'vault key'], pii: ['employee number'] } });
    expect(classifyName('pepper', vocabulary)?.category).toBe('secret');
    expect(classifyName('vaultKey', vocabulary)?.category).toBe('secret');
    expect(classifyName('EMPLOYEE_NUMBER', vocabulary)?.category).toBe('pii');
    expect(classifyName('pepper')).toBeNull();
  });

  it('ignores built-in terms and whole names', () => {
    const vocabulary = compileVocabulary({ ignore: ['session id', 'cookie'] });
    expect(classifyName('sessionId', vocabulary)).toBeNull();
    expect(classifyName('cookie', vocabulary)).toBeNull();
    expect(classifyName('token', vocabulary)?.category).toBe('secret');
  });

  it('adds safe qualifiers', () => {
    const vocabulary = compileVocabulary({ safe: ['preview'] });
    expect(classifyName('tokenPreview', vocabulary)).toBeNull();
    expect(classifyName('tokenPreview')?.category).toBe('secret');
  });
});

describe('catalogue data', () => {
  it('has no duplicate terms', () => {
    expect(new Set(SECRET_TERMS).size).toBe(SECRET_TERMS.length);
    expect(new Set(PII_TERMS).size).toBe(PII_TERMS.length);
  });

  it('every term classifies as its own category', () => {
    for (const term of SECRET_TERMS) expect(classifyName(term.replaceAll(' ', '_'))?.category).toBe('secret');
    for (const term of PII_TERMS) expect(classifyName(term.replaceAll(' ', '_'))?.category).toBe('pii');
  });

  it('no safe qualifier is itself a sensitive term', () => {
    for (const word of SAFE_QUALIFIERS) expect(SECRET_TERMS.includes(word) || PII_TERMS.includes(word)).toBe(false);
  });
});

describe('isScalarName', () => {
  it.each([
    ['sum', true],
    ['id', true],
    ['orderId', true],
    ['created_at', true],
    ['createdAt', true],
    ['retryCount', true],
    ['durationMs', true],
    ['isValid', true],
    ['hasToken', true],
    ['user', false],
    ['owner', false],
    ['body', false],
    ['identity', false],
    ['is', false],
    ['status', false],
    ['', false],
  ])('%s → %s', (name, scalar) => {
    expect(isScalarName(name)).toBe(scalar);
  });

  it('its catalogue holds single lower-case words, none of them sensitive or a record', () => {
    for (const word of [...SCALAR_WORDS, ...FLAG_PREFIXES]) {
      expect(splitWords(word)).toEqual([word]);
      expect(SECRET_TERMS.includes(word) || PII_TERMS.includes(word) || RECORD_TERMS.includes(word)).toBe(false);
    }
    expect(new Set(SCALAR_WORDS).size).toBe(SCALAR_WORDS.length);
    expect(new Set(FLAG_PREFIXES).size).toBe(FLAG_PREFIXES.length);
  });
});

describe('isNonPersonOwner', () => {
  it.each(['repository', 'gitRepo', 'projects', 'organization', 'currentOrg', 'server', 'WEBHOOK', 'tenant'])('%s is not a person', (name) => {
    expect(isNonPersonOwner(name)).toBe(true);
  });
  it.each(['user', 'owner', 'customer', 'author', 'member', 'contact', 'sender', 'person', 'repositoryOwner'])('%s may be a person', (name) => {
    expect(isNonPersonOwner(name)).toBe(false);
  });
});

describe('isLocationOwner', () => {
  it.each(['endpoints', 'endpoint', 'tokenUrls', 'URLS', 'routes', 'links', 'redirectUri', 'callbacks', 'webhook'])('%s holds locations', (name) => {
    expect(isLocationOwner(name)).toBe(true);
  });
  it.each(['config', 'endpointConfig', 'client', 'credentials', 'user', 'urlParser', 'auth'])('%s is not a collection of locations', (name) => {
    expect(isLocationOwner(name)).toBe(false);
  });
});

describe('isIdentifierName', () => {
  it.each(['id', 'providerId', 'user_id', 'USER_ID', 'accountUuid', 'ownerGuid', 'uid', 'memberIds'])('%s names an id', (name) => {
    expect(isIdentifierName(name)).toBe(true);
  });
  it.each(['user', 'provider', 'idToken', 'identity', 'idea', 'key', 'apiKey', 'uidSecret'])('%s does not', (name) => {
    expect(isIdentifierName(name)).toBe(false);
  });
});

describe('isNamingOwner and isAccountOwner', () => {
  it.each([['InfraConfigEnum', true], ['SettingsEnum', true], ['Settings', false], ['config', false], ['enumerable', false]])('%s names settings: %s', (name, expected) => {
    expect(isNamingOwner(name)).toBe(expected);
  });
  it.each([['auth', true], ['basicAuth', true], ['proxyCredentials', true], ['order', false], ['author', false], ['session', false]])('%s holds login options: %s', (name, expected) => {
    expect(isAccountOwner(name)).toBe(expected);
  });
});
