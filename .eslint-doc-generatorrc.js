/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  // The type-checked configs hold the same rules as recommended and strict.
  ignoreConfig: ['typed', 'recommendedTypeChecked', 'strictTypeChecked'],
  ruleDocSectionInclude: ['Rule Details', 'Options', 'When Not To Use It'],
  ruleDocTitleFormat: 'prefix-name',
};

export default config;
