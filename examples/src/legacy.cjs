// An older CommonJS script that logs with console.
'use strict';
const https = require('node:https');

function callPartner(config) {
  // Leak: the whole authorization header value.
  console.log('calling partner with', config.headers.authorization);
  // Fine: the host and port only.
  console.log('partner host', config.host, config.port);
  return https.request({ host: config.host, port: config.port });
}

module.exports = { callPartner };
