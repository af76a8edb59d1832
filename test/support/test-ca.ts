/**
 * A throw-away certificate authority for TLS tests, made with the openssl CLI: a CA, a server
 * certificate for 127.0.0.1/localhost signed by it, and a client certificate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCa {
  dir: string;
  caFile: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  ca(): Buffer;
}

export function makeTestCa(name = 'Vakt Test CA'): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-ca-'));
  const f = (n: string) => join(dir, n);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.crt'),
  );
  for (const who of ['server', 'client']) {
    ssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=${who === 'server' ? 'localhost' : 'vakt-hub'}`,
      '-keyout',
      f(`${who}.key`),
      '-out',
      f(`${who}.csr`),
    );
    const ext = f(`${who}.ext`);
    execFileSync('sh', [
      '-c',
      `printf '%s\\n' '${who === 'server' ? 'subjectAltName=IP:127.0.0.1,DNS:localhost' : 'extendedKeyUsage=clientAuth'}' > ${ext}`,
    ]);
    ssl(
      'x509',
      '-req',
      '-in',
      f(`${who}.csr`),
      '-CA',
      f('ca.crt'),
      '-CAkey',
      f('ca.key'),
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      ext,
      '-out',
      f(`${who}.crt`),
    );
  }
  return {
    dir,
    caFile: f('ca.crt'),
    serverCert: f('server.crt'),
    serverKey: f('server.key'),
    clientCert: f('client.crt'),
    clientKey: f('client.key'),
    ca: () => readFileSync(f('ca.crt')),
  };
}
