/**
 * Signed receipts (platform → hub), Ed25519 with the platform keys that also sign commands. The
 * signature covers a fixed byte layout, not the protobuf encoding, so any language can rebuild
 * it from the decoded fields without a canonical encoder:
 *
 *   "vakt.v1.receipt" 0x00 ‖ u16 len ‖ hub_id ‖ u16 len ‖ event_id ‖ u8 result ‖ u32 snu ‖
 *   u32 resend_after_s ‖ i64 at_ms          (UTF-8 strings, big-endian integers)
 *
 * The prefix differs from commands' ("vakt.v1.command" 0x00), so a command signature can never
 * pass as a receipt signature or the other way round. Pure computation, no I/O.
 */
import { createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { VaktError } from '../errors.ts';
import { vakt } from './generated/vakt.js';
import { keyId } from './signing.ts';

const DOMAIN = Buffer.from('vakt.v1.receipt\0', 'latin1');
const R = vakt.v1.ReceiptResult;

/** The longest hold a receipt may ask for; larger values are taken as this (SCAIP resends every 5–20 s). */
export const MAX_RESEND_AFTER_S = 60;

/** The fields a receipt signature binds. */
export interface ReceiptFields {
  hubId: string;
  eventId: string;
  result: number;
  snu: number;
  resendAfterS: number;
  atMs: number;
}

/** Why a receipt was not acted on (the hub counts each reason). */
export type ReceiptFault =
  | 'unsigned'
  | 'unknown_key'
  | 'bad_signature'
  | 'wrong_hub'
  | 'inconsistent_snu'
  | 'unknown_result'
  | 'malformed';

/** The exact bytes a receipt signature covers. */
export function receiptSignedBytes(f: ReceiptFields): Buffer {
  const hub = Buffer.from(f.hubId, 'utf8');
  const event = Buffer.from(f.eventId, 'utf8');
  if (hub.length > 0xffff || event.length > 0xffff)
    throw new VaktError('E_RECEIPT_FIELD', 'receipt hub_id or event_id is longer than 65,535 bytes');
  const fixed = Buffer.alloc(1 + 4 + 4 + 8);
  fixed.writeUInt8(f.result & 0xff, 0);
  fixed.writeUInt32BE(f.snu >>> 0, 1);
  fixed.writeUInt32BE(f.resendAfterS >>> 0, 5);
  fixed.writeBigInt64BE(BigInt(Math.trunc(f.atMs)), 9);
  const len = (b: Buffer) => {
    const l = Buffer.alloc(2);
    l.writeUInt16BE(b.length);
    return l;
  };
  return Buffer.concat([DOMAIN, len(hub), hub, len(event), event, fixed]);
}

/** Signs receipts with one platform private key; `sign` blocks ~50 µs, `signAsync` runs on libuv's pool. */
export interface ReceiptSigner {
  readonly keyId: string;
  sign(r: vakt.v1.IReceipt): Uint8Array;
  signAsync(r: vakt.v1.IReceipt): Promise<Uint8Array>;
}

function fieldsOf(r: vakt.v1.IReceipt): ReceiptFields {
  return {
    hubId: r.hubId ?? '',
    eventId: r.eventId ?? '',
    result: r.result ?? 0,
    snu: r.snu ?? 0,
    resendAfterS: r.resendAfterS ?? 0,
    atMs: Number(r.atMs ?? 0),
  };
}

/** A signer for `privateKey` (an Ed25519 KeyObject, e.g. from `vakt keys generate --platform`). */
export function receiptSigner(privateKey: KeyObject): ReceiptSigner {
  const id = keyId(createPublicKey(privateKey));
  const encode = (r: vakt.v1.IReceipt, signature: Uint8Array) =>
    vakt.v1.Receipt.encode({ ...r, signature, keyId: id }).finish();
  return {
    keyId: id,
    sign: (r) => encode(r, sign(null, receiptSignedBytes(fieldsOf(r)), privateKey)),
    signAsync: (r) =>
      new Promise((resolve, reject) =>
        sign(null, receiptSignedBytes(fieldsOf(r)), privateKey, (err, sig) =>
          err ? reject(err) : resolve(encode(r, sig)),
        ),
      ),
  };
}

/** Builds and signs one Receipt; returns the Receipt message's bytes. */
export function signReceipt(r: vakt.v1.IReceipt, privateKey: KeyObject): Uint8Array {
  return receiptSigner(privateKey).sign(r);
}

/** The result a receipt means: from `result`, or from `snu` when result is UNSPECIFIED (SCAIP). */
export function receiptResult(r: vakt.v1.IReceipt): number | ReceiptFault {
  const snu = r.snu ?? 0;
  const fromSnu: Record<number, number> = {
    0: R.RECEIPT_RESULT_ACCEPTED,
    4: R.RECEIPT_RESULT_HOLD_AND_RESEND,
    5: R.RECEIPT_RESULT_TAKE_ALTERNATIVE,
    2: R.RECEIPT_RESULT_REJECTED,
    3: R.RECEIPT_RESULT_REJECTED,
    7: R.RECEIPT_RESULT_REJECTED,
  };
  const result = r.result ?? 0;
  if (result === R.RECEIPT_RESULT_UNSPECIFIED) return fromSnu[snu] ?? 'unknown_result';
  if (result < R.RECEIPT_RESULT_ACCEPTED || result > R.RECEIPT_RESULT_REJECTED) return 'unknown_result';
  if (snu !== 0 && fromSnu[snu] !== result) return 'inconsistent_snu';
  return result;
}

export interface ReceiptTrust {
  hubId: string;
  /** Trusted platform keys; empty: receipts are not authenticated (a hub without platform keys). */
  publicKeys: KeyObject[];
}

/**
 * Checks who sent a receipt and that it is for this hub, and reads its result. Returns the result
 * to act on, or the fault. Whether the event is one the hub is waiting for is the caller's check.
 */
export function checkReceipt(r: vakt.v1.IReceipt, t: ReceiptTrust): number | ReceiptFault {
  // Hub and event ids are at most 64 characters; anything far longer is not a receipt of ours.
  if ((r.hubId?.length ?? 0) > 256 || (r.eventId?.length ?? 0) > 256) return 'malformed';
  if (t.publicKeys.length > 0) {
    if (!r.signature || r.signature.length === 0) return 'unsigned';
    const candidates = r.keyId ? t.publicKeys.filter((k) => keyIdCached(k) === r.keyId) : t.publicKeys;
    if (candidates.length === 0) return 'unknown_key';
    const bytes = receiptSignedBytes(fieldsOf(r));
    if (!candidates.some((k) => verify(null, bytes, k, r.signature as Uint8Array))) return 'bad_signature';
  }
  if (r.hubId !== t.hubId) return 'wrong_hub';
  return receiptResult(r);
}

const ids = new WeakMap<KeyObject, string>();
function keyIdCached(k: KeyObject): string {
  let id = ids.get(k);
  if (id === undefined) {
    id = keyId(k);
    ids.set(k, id);
  }
  return id;
}
