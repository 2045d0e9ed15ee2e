import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { sendsMail } from '../../../src/sources/mail.js';
import { MAIL_PACKAGES, MAIL_RECIPIENT_NAMES, MAIL_SEND_METHODS } from '../../../src/sources/catalog.js';

/** Parses `code` and answers whether it sends mail, from its imports and calls. */
function answer(code: string): boolean {
  const linter = new Linter({ configType: 'flat' });
  let result: boolean | undefined;
  linter.verify(code, [
    {
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      plugins: {
        probe: {
          rules: {
            probe: {
              create(context) {
                const calls: TSESTree.CallExpression[] = [];
                return {
                  CallExpression(node: unknown) {
                    calls.push(node as TSESTree.CallExpression);
                  },
                  'Program:exit'() {
                    result = sendsMail(context.sourceCode.ast as TSESTree.Program, calls);
                  },
                };
              },
            },
          },
        },
      },
      rules: { 'probe/probe': 'error' },
    },
  ]);
  if (result === undefined) throw new Error('the probe did not run');
  return result;
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
