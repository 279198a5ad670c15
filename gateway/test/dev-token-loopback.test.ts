import { isLoopbackAddress } from '../src/web/dev-token-endpoint.js';

describe('the dev token endpoint answers only this machine', () => {
  it('takes loopback addresses, IPv4, IPv6 and IPv4-mapped', () => {
    for (const address of ['127.0.0.1', '127.10.0.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address)).toBe(true);
  });

  it('refuses every other address, and a socket with none', () => {
    for (const address of ['10.0.0.5', '192.168.1.20', '::ffff:10.1.2.3', 'fe80::1', '128.0.0.1', '127.0.0.1.evil', undefined, '']) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });
});
