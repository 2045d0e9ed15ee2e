import { describe, expect, it } from 'vitest';
import { MAIL_PACKAGES, MAIL_RECIPIENT_NAMES, MAIL_SEND_METHODS } from '../../../src/sources/catalog.js';
import { withAnalysis } from '../../support/engine-harness.js';

/** Whether the engine reads `to` as a mail recipient in a file that holds `code`. */
function answer(code: string): boolean {
  const probe = `${code}\nfunction probe(to) { logger.info(to); }`;
  return withAnalysis(probe, {}, (analysis) => analysis.leaks().some((finding) => finding.flow.origin.name === 'to' && finding.flow.origin.category === 'pii'));
}

describe('mail-sending code', () => {
  it.each<[string, string, boolean]>([
    ['imports nodemailer', "import nodemailer from 'nodemailer';", true],
    ['requires SendGrid', "const sg = require('@sendgrid/mail');", true],
    ['imports the SES client', "import { SESClient } from '@aws-sdk/client-ses';", true],
    ['calls sendMail', 'await transport.sendMail(options);', true],
    ['calls a sendEmail function', 'sendEmail(user, template);', true],
    ['a computed sendMail', "transport['sendMail'](options);", false],
    ['sends a message on a socket', 'socket.send(data); queue.sendMessage(m);', false],
    ['imports something else', "import express from 'express';", false],
    ['nothing', 'const to = 1;', false],
  ])('%s → %s', (_name, code, expected) => {
    expect(answer(code)).toBe(expected);
  });

  it('the catalogue is well-formed', () => {
    expect(new Set(MAIL_PACKAGES).size).toBe(MAIL_PACKAGES.length);
    for (const name of [...MAIL_SEND_METHODS, ...MAIL_RECIPIENT_NAMES]) expect(name).toMatch(/^[A-Za-z_]+$/u);
    expect(MAIL_RECIPIENT_NAMES).toEqual(expect.arrayContaining(['to', 'cc', 'bcc']));
  });
});
