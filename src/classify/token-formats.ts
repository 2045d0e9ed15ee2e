/**
 * Known secret formats: provider tokens and keys by their fixed prefixes and shapes, as the
 * open-source secret scanners (gitleaks, secretlint's recommended preset) know them. Pure data;
 * `test/src/classify/values.test.ts` checks one example and one near-miss per entry.
 *
 * Every pattern is linear: a fixed prefix, then bounded character classes. Public identifiers
 * (Stripe publishable keys, Sentry DSNs, Twilio account SIDs, browser keys) are not listed.
 */

/** A known secret format. */
export interface SecretFormat {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
}

/** Known token formats, most common first. */
export const SECRET_FORMATS: readonly SecretFormat[] = [
  // Cloud providers
  { id: 'aws-access-key-id', description: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/u },
  { id: 'google-api-key', description: 'a Google API key', pattern: /\bAIza[\w-]{35}(?![\w-])/u },
  { id: 'google-oauth-client-secret', description: 'a Google OAuth client secret', pattern: /\bGOCSPX-[\w-]{28}(?![\w-])/u },
  { id: 'azure-ad-client-secret', description: 'an Azure AD client secret', pattern: /\b[\w.~]{3}\dQ~[\w.~-]{31,34}/u },
  { id: 'azure-storage-key', description: 'an Azure storage account key', pattern: /AccountKey=[\d+/A-Za-z]{86}==/u },
  { id: 'alibaba-access-key-id', description: 'an Alibaba Cloud access key id', pattern: /\bLTAI[\dA-Za-z]{20}\b/u },
  { id: 'digitalocean-token', description: 'a DigitalOcean token', pattern: /\bdo[opr]_v1_[\da-f]{64}\b/u },
  { id: 'cloudflare-origin-ca-key', description: 'a Cloudflare Origin CA key', pattern: /\bv1\.0-[\da-f]{24}-[\da-f]{146}\b/u },
  { id: 'heroku-api-key', description: 'a Heroku API key', pattern: /\bHRKU-[\w-]{50,70}(?![\w-])/u },
  { id: 'flyio-token', description: 'a Fly.io token', pattern: /\b(?:fo1_[\w-]{43}|fm[12][ar]?_[\d+/A-Za-z]{100,2000}={0,3})/u },
  { id: 'databricks-token', description: 'a Databricks token', pattern: /\bdapi[\da-f]{32}(?:-\d)?\b/u },
  { id: 'planetscale-token', description: 'a PlanetScale token', pattern: /\bpscale_(?:tkn|pw|oauth)_[\w.-]{32,64}(?![\w-])/u },
  { id: 'supabase-token', description: 'a Supabase secret key or access token', pattern: /\b(?:sbp_[\da-f]{40}|sb_secret_[\w-]{20,60})\b/u },
  { id: 'vault-token', description: 'a HashiCorp Vault token', pattern: /\bhv[bs]\.[\w-]{90,300}/u },
  { id: 'terraform-cloud-token', description: 'a Terraform Cloud token', pattern: /\b[\dA-Za-z]{14}\.atlasv1\.[\w=-]{60,70}(?![\w-])/u },
  { id: 'pulumi-token', description: 'a Pulumi access token', pattern: /\bpul-[\da-f]{40}\b/u },
  { id: 'doppler-token', description: 'a Doppler token', pattern: /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[\dA-Za-z]{40,44}\b/u },
  { id: 'onepassword-token', description: 'a 1Password service account token', pattern: /\bops_eyJ[\w+/=]{250,2000}/u },
  { id: 'age-secret-key', description: 'an age secret key', pattern: /\bAGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}\b/u },
  // Code hosting, registries and CI
  { id: 'github-token', description: 'a GitHub token', pattern: /\b(?:gh[opsur]_[\dA-Za-z]{36,255}|github_pat_\w{22,255})\b/u },
  { id: 'gitlab-token', description: 'a GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|soat|cbt|imt|ft|agent)-[\w-]{20,64}(?![\w-])/u },
  { id: 'npm-token', description: 'an npm access token', pattern: /\bnpm_[\dA-Za-z]{36}\b/u },
  { id: 'pypi-token', description: 'a PyPI upload token', pattern: /\bpypi-AgEIcHlwaS5vcmc[\w-]{50,400}/u },
  { id: 'rubygems-api-key', description: 'a RubyGems API key', pattern: /\brubygems_[\da-f]{48}\b/u },
  { id: 'nuget-api-key', description: 'a NuGet API key', pattern: /\boy2[\da-z]{43}\b/u },
  { id: 'clojars-token', description: 'a Clojars deploy token', pattern: /\bCLOJARS_[\da-z]{60}\b/u },
  { id: 'docker-hub-token', description: 'a Docker Hub access token', pattern: /\bdckr_(?:pat|oat)_[\w-]{27,32}(?![\w-])/u },
  { id: 'artifactory-api-key', description: 'a JFrog Artifactory API key', pattern: /\bAKCp[\dA-Za-z]{69}\b/u },
  { id: 'atlassian-api-token', description: 'an Atlassian API token', pattern: /\bATATT3[\w=-]{180,200}/u },
  { id: 'octopus-deploy-api-key', description: 'an Octopus Deploy API key', pattern: /\bAPI-[\dA-Z]{26}\b/u },
  { id: 'harness-token', description: 'a Harness access token', pattern: /\bpat\.[\w-]{22}\.[\da-f]{24}\.[\dA-Za-z]{20}\b/u },
  { id: 'scalingo-token', description: 'a Scalingo API token', pattern: /\btk-us-[\w-]{48}(?![\w-])/u },
  // Messaging and communication
  { id: 'slack-token', description: 'a Slack token', pattern: /\bxox[abeoprs]-[\dA-Za-z-]{10,255}/u },
  { id: 'slack-app-token', description: 'a Slack app-level token', pattern: /\bxapp-\d-[\dA-Z]{8,12}-\d{10,14}-[\da-f]{32,64}\b/u },
  { id: 'slack-webhook', description: 'a Slack webhook URL', pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[\d+/A-Za-z]{30,120}/u },
  { id: 'discord-bot-token', description: 'a Discord bot token', pattern: /\b[MN][\dA-Za-z]{23,25}\.[\w-]{6}\.[\w-]{27,38}(?![\w-])/u },
  { id: 'discord-webhook', description: 'a Discord webhook URL', pattern: /discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[\w-]{60,68}/u },
  { id: 'telegram-bot-token', description: 'a Telegram bot token', pattern: /\b\d{8,10}:AA[\w-]{33}(?![\w-])/u },
  { id: 'twilio-api-key', description: 'a Twilio API key', pattern: /\bSK[\da-f]{32}\b/u },
  { id: 'sendgrid-api-key', description: 'a SendGrid API key', pattern: /\bSG\.[\w-]{22}\.[\w-]{43}(?![\w-])/u },
  { id: 'mailgun-api-key', description: 'a Mailgun API key', pattern: /\bkey-[\da-f]{32}\b/u },
  { id: 'mailchimp-api-key', description: 'a Mailchimp API key', pattern: /\b[\da-f]{32}-us\d{1,2}\b/u },
  // Payments and commerce
  { id: 'stripe-live-key', description: 'a Stripe live key', pattern: /\b[rs]k_live_[\dA-Za-z]{20,255}\b/u },
  { id: 'stripe-test-key', description: 'a Stripe test-mode secret key', pattern: /\b[rs]k_test_[\dA-Za-z]{20,255}\b/u },
  { id: 'square-token', description: 'a Square access token or secret', pattern: /\b(?:sq0atp-[\w-]{22}|sq0csp-[\w-]{43}|EAAA[\w-]{60})\b/u },
  { id: 'shopify-token', description: 'a Shopify access token or secret', pattern: /\bshp(?:at|ca|pa|ss)_[\dA-Fa-f]{32}\b/u },
  { id: 'flutterwave-key', description: 'a Flutterwave secret key', pattern: /\bFLWSECK(?:_TEST)?-[\da-h]{32}-X\b/u },
  { id: 'shippo-token', description: 'a Shippo API token', pattern: /\bshippo_(?:live|test)_[\da-f]{40}\b/u },
  { id: 'easypost-api-key', description: 'an EasyPost API key', pattern: /\bEZ[AT]K[\dA-Za-z]{54}\b/u },
  { id: 'duffel-token', description: 'a Duffel API token', pattern: /\bduffel_(?:test|live)_[\w=-]{43}(?![\w-])/u },
  // AI providers
  { id: 'openai-api-key', description: 'an OpenAI API key', pattern: /\bsk-(?:(?:proj|svcacct|admin)-)?[\w-]{20,160}T3BlbkFJ[\w-]{20,160}/u },
  { id: 'anthropic-api-key', description: 'an Anthropic API key', pattern: /\bsk-ant-(?:api|admin|sid)\d{2}-[\w-]{80,120}/u },
  { id: 'huggingface-token', description: 'a Hugging Face token', pattern: /\b(?:hf|api_org)_[A-Za-z]{34}\b/u },
  { id: 'groq-api-key', description: 'a Groq API key', pattern: /\bgsk_[\dA-Za-z]{52}\b/u },
  { id: 'replicate-token', description: 'a Replicate API token', pattern: /\br8_[\dA-Za-z]{37}\b/u },
  { id: 'perplexity-api-key', description: 'a Perplexity API key', pattern: /\bpplx-[\dA-Za-z]{48}\b/u },
  { id: 'xai-api-key', description: 'an xAI API key', pattern: /\bxai-[\dA-Za-z]{80}\b/u },
  { id: 'langsmith-api-key', description: 'a LangSmith API key', pattern: /\blsv2_(?:pt|sk)_[\da-f]{32}_[\da-f]{10}\b/u },
  // Observability and developer tools
  { id: 'sentry-token', description: 'a Sentry auth token', pattern: /\bsntry[su]_[\w+/=]{40,300}/u },
  { id: 'new-relic-key', description: 'a New Relic API or insert key', pattern: /\bNR(?:AK|II)-[\w-]{27,32}(?![\w-])/u },
  { id: 'grafana-token', description: 'a Grafana token', pattern: /\b(?:glsa_[\dA-Za-z]{32}_[\dA-Fa-f]{8}|glc_[\d+/A-Za-z]{32,400}={0,2})/u },
  { id: 'dynatrace-token', description: 'a Dynatrace API token', pattern: /\bdt0c01\.[\dA-Z]{24}\.[\dA-Z]{64}\b/u },
  { id: 'launchdarkly-key', description: 'a LaunchDarkly API or SDK key', pattern: /\b(?:api|sdk)-[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\b/u },
  { id: 'postman-api-key', description: 'a Postman API key', pattern: /\bPMAK-[\da-f]{24}-[\da-f]{34}\b/u },
  { id: 'linear-api-key', description: 'a Linear API key', pattern: /\blin_api_[\dA-Za-z]{40}\b/u },
  { id: 'notion-token', description: 'a Notion integration token', pattern: /\b(?:secret_[\dA-Za-z]{43}|ntn_\d{11}[\dA-Za-z]{35})\b/u },
  { id: 'airtable-token', description: 'an Airtable personal access token', pattern: /\bpat[\dA-Za-z]{14}\.[\da-f]{64}\b/u },
  { id: 'figma-token', description: 'a Figma access token', pattern: /\bfig[dhu]_[\w-]{40}(?![\w-])/u },
  { id: 'contentful-token', description: 'a Contentful personal access token', pattern: /\bCFPAT-[\w-]{43}(?![\w-])/u },
  { id: 'typeform-token', description: 'a Typeform token', pattern: /\btfp_[\w.=-]{59}(?![\w-])/u },
  { id: 'prefect-token', description: 'a Prefect API key', pattern: /\bpnu_[\dA-Za-z]{36}\b/u },
  { id: 'readme-api-key', description: 'a ReadMe API key', pattern: /\brdme_[\da-z]{70}\b/u },
  { id: 'frameio-token', description: 'a Frame.io token', pattern: /\bfio-u-[\w=-]{64}(?![\w-])/u },
  { id: 'adobe-client-secret', description: 'an Adobe client secret', pattern: /\bp8e-[\da-z-]{32}\b/u },
  { id: 'dropbox-token', description: 'a Dropbox access token', pattern: /\bsl\.[\w=-]{130,160}/u },
  { id: 'mapbox-secret-token', description: 'a Mapbox secret token', pattern: /\bsk\.eyJ[\w-]{50,300}\.[\w-]{20,60}(?![\w-])/u },
  // Generic shapes
  { id: 'jwt', description: 'a JSON Web Token', pattern: /\beyJ[\w-]{8,4096}\.eyJ[\w-]{8,8192}\.[\w-]{8,4096}/u },
  {
    id: 'private-key',
    description: 'a PEM private key',
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/u,
  },
  {
    id: 'url-credentials',
    description: 'a URL with a user and password',
    pattern: /\b[a-z][\d+.a-z-]{1,20}:\/\/[^\s/:@]{1,256}:[^\s/@]{1,256}@/iu,
  },
  {
    id: 'password-query',
    description: 'a password or token in a query string',
    pattern: /[&?](?:password|passwd|pwd|pass|token|access_token|secret|api_?key)=[^\s#&]{3,}/iu,
  },
];
