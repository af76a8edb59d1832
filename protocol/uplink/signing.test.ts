import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.ts';
import { v1 } from './messages.ts';
import { MemoryNonceStore, signCommand, verifyCommand } from './signing.ts';

const platform = generateKeyPairSync('ed25519');
const intruder = generateKeyPairSync('ed25519');
const clock = new FakeClock(Date.UTC(2026, 10, 25, 12));
const verifier = () => ({
  hubId: 'H1',
  publicKeys: [platform.publicKey],
  clock,
  nonces: new MemoryNonceStore(),
});
const signed = (over: Partial<Parameters<typeof signCommand>[0]> = {}) =>
  signCommand({
    hubId: 'H1',
    action: { testAlarm: { deviceId: 0x00a1b2c3 } },
    privateKey: platform.privateKey,
    nowMs: clock.now(),
    ...over,
  });
const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { reason: string }).reason;
  }
  return 'accepted';
};

describe('signed commands', () => {
  it('a well-signed, fresh command for this hub verifies and yields its action', () => {
    const body = verifyCommand(signed().bytes, verifier());
    expect(body.testAlarm?.deviceId).toBe(0x00a1b2c3);
  });

  it('rejects a forged signature, a tampered body and an unknown key', () => {
    expect(reason(() => verifyCommand(signed({ privateKey: intruder.privateKey }).bytes, verifier()))).toBe(
      'unknown_key',
    );
    const cmd = v1.Command.decode(signed().bytes);
    cmd.body[cmd.body.length - 1] = cmd.body.at(-1)! ^ 1;
    expect(reason(() => verifyCommand(v1.Command.encode(cmd).finish(), verifier()))).toMatch(
      /bad_signature|malformed/,
    );
    const forged = v1.Command.decode(signed({ privateKey: intruder.privateKey }).bytes);
    forged.keyId = v1.Command.decode(signed().bytes).keyId; // claims the platform's key
    expect(reason(() => verifyCommand(v1.Command.encode(forged).finish(), verifier()))).toBe('bad_signature');
  });

  it('rejects a command for another hub', () => {
    expect(reason(() => verifyCommand(signed({ hubId: 'H2' }).bytes, verifier()))).toBe('wrong_hub');
  });

  it('rejects an expired command and one issued in the future', () => {
    expect(reason(() => verifyCommand(signed({ nowMs: clock.now() - 10 * 60_000 }).bytes, verifier()))).toBe(
      'expired',
    );
    expect(reason(() => verifyCommand(signed({ nowMs: clock.now() + 5 * 60_000 }).bytes, verifier()))).toBe(
      'not_yet_valid',
    );
  });

  it('rejects a replayed command (same nonce twice)', () => {
    const v = verifier();
    const { bytes } = signed();
    expect(reason(() => verifyCommand(bytes, v))).toBe('accepted');
    expect(reason(() => verifyCommand(bytes, v))).toBe('replayed');
  });

  it('rejects garbage as malformed, never throwing anything untyped', () => {
    expect(reason(() => verifyCommand(Buffer.from([0xff, 0xff, 0xff]), verifier()))).toBe('malformed');
  });
});
