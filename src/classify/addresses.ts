/**
 * IP addresses: a client's address, from an incoming request, is personal data; the addresses of
 * machines (network interfaces, servers, upstreams, allow-lists) are not. Decided by the words of
 * the value's name and of the expression it comes from.
 */
import { classifyName, splitWords } from '@secure-logging/redact/classify';

/** Terms of the catalogue that name an IP address. */
const IP_TERMS: ReadonlySet<string> = new Set(['ip', 'ip address']);

/** Words that tie an address to a person or to the request a person made. */
const CLIENT_WORDS: ReadonlySet<string> = new Set([
  'client', 'user', 'remote', 'visitor', 'customer', 'caller', 'requester', 'request', 'req', 'ctx',
  'forwarded', 'real', 'member', 'account', 'viewer', 'guest', 'end', 'sender', 'origin', 'headers',
  'header', 'socket', 'connection', 'peer', 'login', 'signup', 'session', 'device', 'subscriber',
]);

/** True when the name is an IP address and nothing in it, or in `text`, ties it to a person. */
export function isMachineAddress(name: string, text: string): boolean {
  const term = classifyName(name)?.term;
  if (term === undefined || !IP_TERMS.has(term)) return false;
  const words = [...splitWords(name), ...splitWords(text)];
  return !words.some((word) => CLIENT_WORDS.has(word));
}
