/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocSectionInclude: ['Rule Details', 'Options', 'When Not To Use It'],
  ruleDocTitleFormat: 'prefix-name',
};

export default config;
