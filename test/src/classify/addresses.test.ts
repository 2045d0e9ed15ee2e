import { describe, expect, it } from 'vitest';
import { isMachineAddress } from '../../../src/classify/addresses.js';
import { atProbe } from '../../support/probe.js';

/** Whether the value passed to `probe(…)` in `code`, named `name`, is an address that nothing ties to a person. */
function machineAt(code: string, name: string): boolean {
  return atProbe(code, (node, sourceCode) => {
    const [value] = node.arguments;
    if (!value) throw new Error('probe() has no argument');
    return isMachineAddress(name, value, sourceCode);
  });
}

describe('isMachineAddress', () => {
  it.each([
    // IP addresses of machines.
    ['const ip = os.networkInterfaces().eth0[0].address; probe(ip);', 'ip'],
    ['probe(upstreamIp);', 'upstreamIp'],
    ['function f(ip) { probe(ip); }', 'ip'],
    // A bare address: a listen address, a DNS answer, a socket, a routing address.
    ["fastify.listen({ port: 3000 }, (err, address) => probe(address));", 'address'],
    ['const address = server.address(); probe(address);', 'address'],
    ["dns.lookup('example.org', (err, address) => probe(address));", 'address'],
    ['probe(iface.address);', 'address'],
    ['class Server { log() { probe(this.address); } }', 'address'],
    // A plain function has its own `this`, not the class's.
    ['class Customer { m() { return function () { probe(this.address); }; } }', 'address'],
    ['function splitTo(address) { probe(`missing id on ${address}`); }', 'address'],
    ['const a = server.address(); const address = a; probe(address);', 'address'],
  ])('%s: %s is a machine address', (code, name) => {
    expect(machineAt(code, name)).toBe(true);
  });

  it.each([
    // A client's IP address: named so, read from the request, or a variable made from it.
    ['probe(clientIp);', 'clientIp'],
    ['probe(req.ip);', 'ip'],
    ['const ip = req.ip; probe(ip);', 'ip'],
    ['const { ip } = ctx.request; probe(ip);', 'ip'],
    ['const forwarded = req.headers["x-forwarded-for"]; const ip = forwarded; probe(ip);', 'ip'],
    // An address tied to a person, a request or mail.
    ['probe(customer.address);', 'address'],
    ['const { address } = customer; probe(address);', 'address'],
    ['const address = await getUser(id).address; probe(address);', 'address'],
    ['const { address } = req.body; probe(address);', 'address'],
    ['const { address: to } = req.body; probe(to.address);', 'address'],
    ['probe(connection.envelope.mailFrom.address);', 'address'],
    ['probe(order.address);', 'address'],
    ['class CustomerEntity { log() { probe(this.address); } }', 'address'],
    ['const Customer = class { log() { probe(this.address); } };', 'address'],
    ['for (const address of user.addresses) probe(address);', 'address'],
    // A qualified address counts on its own; other personal data is not an address.
    ['probe(homeAddress);', 'homeAddress'],
    ['probe(billingAddress);', 'billingAddress'],
    ['const address1 = server.address(); probe(address1);', 'address1'],
    ['probe(email);', 'email'],
  ])('%s: %s is not a machine address', (code, name) => {
    expect(machineAt(code, name)).toBe(false);
  });
});
