/**
 * Receipt signatures: the worked example in TOPICS.md is checked byte for byte against the code
 * (so another language's implementation written from it agrees), and every way a receipt can
 * fail is told apart.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vakt } from './generated/vakt.js';
import {
  checkReceipt,
  MAX_RESEND_AFTER_S,
  receiptResult,
  receiptSignedBytes,
  receiptSigner,
  signReceipt,
} from './receipt-signing.ts';
import { keyId, signCommand } from './signing.ts';

const R = vakt.v1.ReceiptResult;

/** The lines of the worked example block in TOPICS.md, by label. */
function workedExample(): Record<string, string> {
  const doc = readFileSync(new URL('./TOPICS.md', import.meta.url), 'utf8');
  const at = doc.indexOf('### Worked example');
  const block = /```text\n([\s\S]*?)```/.exec(doc.slice(at));
  if (at < 0 || !block) throw new Error('TOPICS.md has no worked example');
  const lines: Record<string, string> = {};
  for (const line of block[1]!.trim().split('\n')) {
    const m = /^(.+?)\s{2,}(.+)$/.exec(line);
    if (m) lines[m[1]!.trim()] = m[2]!.trim();
  }
  return lines;
}

describe('the worked example in TOPICS.md', () => {
  const ex = workedExample();
  const seed = ex['private seed']!;
  const privateKey = createPrivateKey({
    key: Buffer.from(`302e020100300506032b657004220420${seed}`, 'hex'),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  const fields = {
    hubId: 'NO-4630-HUB-000123',
    eventId: '7f3c91a2',
    result: 1,
    snu: 0,
    resendAfterS: 0,
    atMs: Date.parse('2026-11-25T02:14:08.250Z'),
  };

  it('key files, SPKI DER and key_id', () => {
    const pem = (s: string) =>
      s
        .split('\n')
        .filter((l) => !l.startsWith('-----'))
        .join('');
    expect(pem(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)).toBe(ex['.key (PEM PKCS#8)']);
    expect(pem(publicKey.export({ type: 'spki', format: 'pem' }) as string)).toBe(ex['.pub (PEM SPKI)']);
    const der = publicKey.export({ type: 'spki', format: 'der' });
    expect(der.toString('hex')).toBe(ex['SPKI DER (44 bytes)']);
    expect(ex['SHA-256 of SPKI DER']!.slice(0, 16)).toBe(ex.key_id);
    expect(keyId(publicKey)).toBe(ex.key_id);
  });

  it('signed bytes, signature and the whole Receipt message', () => {
    expect(ex['receipt fields']).toContain(`at_ms ${fields.atMs}`);
    const signed = receiptSignedBytes(fields);
    expect(signed.toString('hex')).toBe(ex['signed bytes (63)']);
    expect(signed.length).toBe(63);
    const bytes = signReceipt({ ...fields, receiverId: 'centre-1' }, privateKey);
    const decoded = vakt.v1.Receipt.decode(bytes);
    expect(Buffer.from(decoded.signature).toString('hex')).toBe(ex.signature);
    expect(decoded.keyId).toBe(ex.key_id);
    expect(Buffer.from(bytes).toString('hex')).toBe(ex['Receipt message (133)']);
    expect(bytes.length).toBe(133);
    expect(checkReceipt(decoded, { hubId: fields.hubId, publicKeys: [publicKey] })).toBe(
      R.RECEIPT_RESULT_ACCEPTED,
    );
  });
});

describe('checkReceipt', () => {
  const platform = generateKeyPairSync('ed25519');
  const stranger = generateKeyPairSync('ed25519');
  const trust = { hubId: 'H-1', publicKeys: [platform.publicKey] };
  const base = { eventId: 'e-1', hubId: 'H-1', result: R.RECEIPT_RESULT_ACCEPTED, atMs: 1000 };
  const decode = (b: Uint8Array) => vakt.v1.Receipt.decode(b);

  it('tells every failure apart', () => {
    const good = decode(signReceipt(base, platform.privateKey));
    expect(checkReceipt(good, trust)).toBe(R.RECEIPT_RESULT_ACCEPTED);
    expect(checkReceipt(decode(vakt.v1.Receipt.encode(base).finish()), trust)).toBe('unsigned');
    expect(checkReceipt(decode(signReceipt(base, stranger.privateKey)), trust)).toBe('unknown_key');
    const altered = decode(
      signReceipt({ ...base, result: R.RECEIPT_RESULT_HOLD_AND_RESEND }, platform.privateKey),
    );
    altered.resendAfterS = 1_000_000; // the hold was signed for 0 s
    expect(checkReceipt(altered, trust)).toBe('bad_signature');
    const noKeyId = decode(signReceipt(base, stranger.privateKey));
    noKeyId.keyId = '';
    expect(checkReceipt(noKeyId, trust)).toBe('bad_signature');
    expect(checkReceipt(decode(signReceipt({ ...base, hubId: 'H-2' }, platform.privateKey)), trust)).toBe(
      'wrong_hub',
    );
    expect(checkReceipt(decode(signReceipt({ ...base, snu: 4 }, platform.privateKey)), trust)).toBe(
      'inconsistent_snu',
    );
    expect(
      checkReceipt(
        decode(signReceipt({ ...base, result: 9 as vakt.v1.ReceiptResult }, platform.privateKey)),
        trust,
      ),
    ).toBe('unknown_result');
  });

  it('a command signature never passes as a receipt signature (distinct domain prefixes)', () => {
    const cmd = vakt.v1.Command.decode(
      signCommand({ hubId: 'H-1', action: { rebootLink: {} }, privateKey: platform.privateKey, nowMs: 1000 })
        .bytes,
    );
    const r = vakt.v1.Receipt.fromObject({ ...base, signature: cmd.signature, keyId: cmd.keyId });
    expect(checkReceipt(r, trust)).toBe('bad_signature');
  });

  it('reads the result from snu when result is UNSPECIFIED (SCAIP); snu 0 alone is ACCEPTED', () => {
    const r = (snu: number) => receiptResult({ result: R.RECEIPT_RESULT_UNSPECIFIED, snu });
    expect([0, 4, 5, 2, 3, 7].map(r)).toEqual([
      R.RECEIPT_RESULT_ACCEPTED,
      R.RECEIPT_RESULT_HOLD_AND_RESEND,
      R.RECEIPT_RESULT_TAKE_ALTERNATIVE,
      R.RECEIPT_RESULT_REJECTED,
      R.RECEIPT_RESULT_REJECTED,
      R.RECEIPT_RESULT_REJECTED,
    ]);
    expect(r(9)).toBe('unknown_result');
    expect(receiptResult({ result: R.RECEIPT_RESULT_REJECTED, snu: 7 })).toBe(R.RECEIPT_RESULT_REJECTED);
    expect(MAX_RESEND_AFTER_S).toBe(60);
  });

  it('signAsync gives the same bytes as sign', async () => {
    const s = receiptSigner(platform.privateKey);
    expect(Buffer.from(await s.signAsync(base))).toEqual(Buffer.from(s.sign(base)));
  });
});
