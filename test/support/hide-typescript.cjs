// Preloaded with `node -r` to run the built plugin as if TypeScript were not installed.
const Module = require('node:module');
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) throw Object.assign(new Error(`Cannot find module '${request}' (hidden)`), { code: 'MODULE_NOT_FOUND' });
  return orig.call(this, request, ...rest);
};
