// Preloaded with `node -r` to run the built plugin as if neither TypeScript nor typescript-eslint
// (beyond its AST types) were installed, as in a JavaScript project.
const Module = require('node:module');
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const hidden = request === 'typescript' || request.startsWith('typescript/') || (request.startsWith('@typescript-eslint/') && request !== '@typescript-eslint/types');
  if (hidden) throw Object.assign(new Error(`Cannot find module '${request}' (hidden)`), { code: 'MODULE_NOT_FOUND' });
  return orig.call(this, request, ...rest);
};
