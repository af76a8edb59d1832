import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReceipt, receiptSigner, v1 } from '../../protocol/uplink/index.ts';
import { loadSigningKey } from './run-receiver.ts';

describe('vakt receive --signing-key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-signing-'));
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text, { mode: 0o600 });
    return f;
  };

  it('loads the PEM PKCS#8 key vakt keys generate writes; its receipts verify with the .pub', () => {
    const pair = generateKeyPairSync('ed25519');
    const key = loadSigningKey(
      write('p.key', pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string),
    );
    const r = v1.Receipt.decode(receiptSigner(key).sign({ eventId: 'e', hubId: 'H', result: 1, atMs: 5 }));
    expect(checkReceipt(r, { hubId: 'H', publicKeys: [pair.publicKey] })).toBe(1);
  });

  it('refuses a missing file, a public key and an RSA key with E_RECEIPT_KEY naming the file', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pub = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }) as string;
    for (const f of [
      join(dir, 'missing.key'),
      write('p.pub', pub),
      write('rsa.key', rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string),
    ])
      expect(() => loadSigningKey(f)).toThrow(
        expect.objectContaining({ code: 'E_RECEIPT_KEY', message: expect.stringContaining(f) }),
      );
  });
});
