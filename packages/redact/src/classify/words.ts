/**
 * The sensitive-word catalogue. Pure data: the classifier in `./names.ts` compiles it, and
 * `test/src/classify/names.test.ts` checks it row by row.
 *
 * A term is one word or a phrase of words separated by spaces, written in the word form that
 * `splitWords` produces (lower case, no separators). Phrases match consecutive words, so
 * `api key` matches `apiKey`, `API_KEY`, `x-api-key` and `apiKeyValue`.
 */

/** Categories the classifier assigns. */
export type SensitiveCategory = 'secret' | 'pii';

/** Terms that mark a name as holding a secret. */
export const SECRET_TERMS: readonly string[] = [
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'passcode',
  'secret',
  'token',
  'apikey',
  'api key',
  'private key',
  'privatekey',
  'secret key',
  'secretkey',
  'signing key',
  'hmac key',
  'hmac secret',
  'cipher key',
  'crypt key',
  'crypto key',
  'encryption key',
  'master key',
  'client secret',
  'credential',
  'credentials',
  'creds',
  'authorization',
  'auth header',
  'auth token',
  'id token',
  'access token',
  'refresh token',
  'authtoken',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'cookie',
  'session id',
  'sessionid',
  'session key',
  'jwt',
  'bearer',
  'otp',
  'totp',
  'mfa code',
  'verification code',
  'recovery code',
  'backup code',
  'one time code',
  'connection string',
  'conn string',
  'connection uri',
  'connection url',
  'database url',
  'database uri',
  'db url',
  'db uri',
  'dsn',
  'mnemonic',
  'seed phrase',
  'recovery phrase',
  // Webhook signature headers: an HMAC of the payload under the webhook secret.
  'hub signature',
  'stripe signature',
  'slack signature',
  'twilio signature',
  'svix signature',
  'webhook signature',
  'shopify hmac',
];

/** Terms that mark a name as holding personal data. */
export const PII_TERMS: readonly string[] = [
  'email',
  'e mail',
  'phone',
  'phone number',
  'telephone',
  'mobile',
  'mobile number',
  'msisdn',
  'ssn',
  'social security',
  'national id',
  'tax id',
  'dob',
  'birth date',
  'birthdate',
  'date of birth',
  'birthday',
  'address',
  'street',
  'postcode',
  'post code',
  'postal code',
  'zip code',
  'zipcode',
  'first name',
  'firstname',
  'last name',
  'lastname',
  'full name',
  'fullname',
  'given name',
  'family name',
  'middle name',
  'maiden name',
  'surname',
  'passport',
  'driver licence',
  'driver license',
  'drivers licence',
  'drivers license',
  'driving licence',
  'driving license',
  'iban',
  'account number',
  'bank account',
  'routing number',
  'sort code',
  'credit card',
  'debit card',
  'card number',
  'cardnumber',
  'card pan',
  'cvv',
  'cvc',
  'ip address',
  'ip',
  'latitude',
  'longitude',
  'geolocation',
  'geo location',
  'medical',
  'diagnosis',
  'health record',
  'health data',
  'health info',
  'health condition',
  'gender',
  'salary',
];

/**
 * Words for records about a person. Logged whole (`logger.info(user)`, `{ account }`), such a
 * value usually carries an email, a name or a password hash; a field of it (`user.id`) does not
 * count. Matched on the last word of a name: `currentUser`, `req.user`, `newAccount`.
 */
export const RECORD_TERMS: readonly string[] = [
  'user',
  'account',
  'customer',
  'patient',
  'member',
  'person',
  'contact',
  'applicant',
  'employee',
];

/**
 * Terms that count only when they are the whole name: `pass` in `{ user, pass }` is a password,
 * but `passThrough` is not.
 */
export const WHOLE_NAME_TERMS: Readonly<Record<SensitiveCategory, readonly string[]>> = {
  secret: ['pass', 'pw', 'pin', 'sid', 'auth'],
  pii: ['pan', 'zip', 'lat', 'lng', 'lon', 'tin', 'nin'],
};

/**
 * Words that make a sensitive name safe wherever they stand, unless they are part of the
 * matched term itself: `passwordLength`, `tokenCount`, `hashedPassword`, `tokenExpiresAt`,
 * `nextPageToken`, `secretName`.
 */
export const SAFE_QUALIFIERS: readonly string[] = [
  // sizes and counts
  'length', 'len', 'count', 'size', 'min', 'max', 'minimum', 'maximum', 'total', 'num', 'limit',
  'attempt', 'attempts', 'retries', 'tries', 'failures', 'bits', 'entropy', 'index', 'idx', 'offset',
  'iterations', 'rounds', 'cost',
  // shape and rules
  'policy', 'policies', 'pattern', 'regex', 'regexp', 'rule', 'rules', 'field', 'fields', 'label',
  'placeholder', 'type', 'kind', 'format', 'template', 'schema', 'strength', 'score', 'algorithm',
  'algo', 'alg', 'version', 'scheme', 'prefix', 'last', 'name', 'names', 'id', 'ids', 'arn',
  // time
  'expiry', 'expires', 'expiration', 'expired', 'ttl', 'at', 'date', 'time', 'timestamp', 'age',
  'lifetime', 'duration', 'timeout', 'interval', 'created', 'updated', 'issued', 'rotated', 'rotation',
  // already protected
  'hash', 'hashed', 'digest', 'encrypted', 'masked', 'redacted', 'sanitized', 'obfuscated',
  'anonymized', 'anonymised', 'fingerprint', 'checksum', 'bcrypt', 'scrypt', 'crypted', 'ciphertext',
  'desensitized', 'desensitised', 'pseudonymized', 'pseudonymised', 'tokenized',
  // digests, as words split them: sha256 → `sha 256`, md5 → `md 5`, argon2 → `argon 2`
  'sha', 'md', 'argon',
  // states and flags
  'required', 'enabled', 'disabled', 'valid', 'invalid', 'verified', 'present', 'exists', 'missing',
  'changed', 'status', 'state', 'matches', 'match', 'mismatch', 'ok', 'sent', 'visible', 'hidden',
  'confirmed', 'failed', 'succeeded', 'delivered', 'bounced',
  // text about the value, not the value
  'error', 'err', 'errors', 'message', 'msg', 'prompt', 'hint', 'description', 'desc', 'help', 'subject',
  // where the value lives, not the value
  'url', 'uri', 'endpoint', 'path', 'route', 'file', 'filename', 'dir', 'env', 'var', 'variable',
  'domain', 'country', 'server', 'listen', 'bind', 'host', 'local', 'mac', 'wallet', 'contract',
  // pagination and cancellation tokens
  'page', 'next', 'cursor', 'continuation', 'cancellation', 'cancel', 'pagination', 'lexer', 'syntax',
  // code objects that handle a value
  'service', 'provider', 'manager', 'repository', 'repo', 'helper', 'util', 'utils', 'module',
  'handler', 'middleware', 'strategy', 'validator', 'validation', 'generator', 'factory', 'builder',
  'model', 'controller', 'guard', 'interceptor', 'resolver', 'config', 'options', 'opts', 'settings',
  'transport', 'parser', 'serializer', 'input', 'button', 'form',
];

/** First words that make a name a flag or a count: `isTokenValid`, `hasPassword`, `numTokens`. */
export const SAFE_PREFIXES: readonly string[] = [
  'is', 'has', 'should', 'can', 'was', 'did', 'will', 'needs', 'need', 'allow', 'allows', 'enable',
  'disable', 'show', 'hide', 'use', 'uses', 'include', 'no', 'n', 'skip', 'ignore', 'with', 'without',
  'validate', 'verify', 'check', 'mask', 'redact', 'hash', 'encrypt',
];

/**
 * Last words that say a value is a number, a time or an identifier: `sum`, `orderId`,
 * `createdAt`, `retryCount`. Typed mode does not ask the checker about the type of a value named
 * so, because such a value holds no record and no raw payload, and inferring its type
 * (`const sum = items.reduce(…)`) is among the slowest questions a rule can ask the checker.
 */
export const SCALAR_WORDS: readonly string[] = [
  'id', 'ids', 'uuid', 'count', 'length', 'len', 'size', 'total', 'sum', 'avg', 'average', 'mean',
  'min', 'max', 'num', 'index', 'idx', 'offset', 'limit', 'attempt', 'attempts', 'retries', 'tries',
  'duration', 'elapsed', 'ms', 'seconds', 'timeout', 'ttl', 'age', 'at', 'timestamp', 'port',
  'version', 'ratio', 'percent', 'rate',
];

/** First words that make a name of several words a flag: `isValid`, `hasToken`, `shouldRetry`. */
export const FLAG_PREFIXES: readonly string[] = ['is', 'has', 'should', 'can', 'was', 'did', 'will'];

/**
 * Property names that say nothing of their own, so the object's name decides:
 * `token.value` is a token, `password.raw` is a password.
 */
export const TRANSPARENT_PROPERTIES: readonly string[] = [
  'value', 'raw', 'plain', 'plaintext', 'text', 'str', 'string', 'current', 'val',
];

/**
 * Terms that a particular next word turns into something else: `credentialKey` and `passwordKey`
 * name the key a value is stored under (`secretKey`, `apiKey`, `sessionKey` and `jwtKey` are
 * secrets and are not listed); `jwtHeader` is a token's public JOSE header (`alg`, `typ`).
 */
export const TERM_FOLLOWERS: Readonly<Record<string, readonly string[]>> = {
  password: ['key', 'keys'],
  credential: ['key', 'keys'],
  credentials: ['key', 'keys'],
  creds: ['key', 'keys'],
  jwt: ['header', 'headers'],
};

/**
 * Owners whose members name things rather than hold them: `InfraConfigEnum.API_TOKEN` is the name
 * of a setting. Matched on the owner's last word.
 */
export const NAMING_OWNERS: readonly string[] = ['enum', 'enums'];

/**
 * Owners whose record-named members are account names, not records: `auth.user` in nodemailer's,
 * axios's and got's options is a user name.
 */
export const ACCOUNT_OWNERS: readonly string[] = ['auth', 'basic', 'credentials', 'creds'];

/**
 * Collections of locations: a secret or personal-data word under one (`endpoints.token`,
 * `urls.login`, `routes.password_reset`) names where something is, not the thing itself.
 * Matched on the owner's last word.
 */
export const LOCATION_OWNERS: readonly string[] = [
  'endpoint', 'url', 'uri', 'href', 'link', 'route', 'path', 'page', 'redirect', 'callback', 'webhook', 'topic', 'queue',
];

/**
 * Things that are not people: a personal-data field of one (`repository.full_name`,
 * `project.address`, `server.name`) describes the thing. Matched on the owner's last word.
 */
export const NON_PERSON_OWNERS: readonly string[] = [
  'repository', 'repo', 'project', 'organization', 'organisation', 'org', 'company', 'team', 'group',
  'workspace', 'channel', 'product', 'package', 'pkg', 'app', 'application', 'service', 'server', 'host',
  'file', 'folder', 'directory', 'bucket', 'table', 'schema', 'database', 'db', 'queue', 'topic', 'branch',
  'commit', 'tag', 'release', 'plugin', 'module', 'site', 'brand', 'category', 'tenant', 'environment',
  'integration', 'provider', 'webhook', 'job', 'task', 'workflow', 'template', 'document', 'bot', 'node',
  'cluster', 'region', 'route', 'endpoint', 'component', 'feature', 'store', 'shop', 'merchant', 'vendor',
];
