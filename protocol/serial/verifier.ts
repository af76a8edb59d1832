/**
 * The pure verifier of secured frames (SPEC §4.3–4.4): given where keys come from and the highest
 * counter accepted so far, says whether a decoded frame is authentic and fresh. It changes
 * nothing: the caller records the counter (`CounterState.accept`) once it has acted on the frame.
 */

import { frameBody } from './encoder.ts';
import { FrameError, FrameErrorCode } from './errors.ts';
import { type Frame, MAX_COUNTER, SECURE_VERSION } from './frame.ts';
import { hex32 } from './layout.ts';
import { type DeviceKey, isSecured, micInput } from './security.ts';

/** The key of a device, or undefined when none is known. */
export type KeyLookup = (deviceId: number) => DeviceKey | undefined;

/** The highest counter accepted from (or, on a device, toward) each device; undefined: none yet. */
export interface CounterState {
  highest(deviceId: number): number | undefined;
}

export type Verified = { ok: true; deviceId: number; counter: number } | { ok: false; error: FrameError };

export interface Verifiable {
  offset?: number;
  frame: Frame;
  /** The bytes the MIC covers, as the decoder kept them; rebuilt from `frame` when absent. */
  signed?: Uint8Array;
}

export function verifyFrame(d: Verifiable, keys: KeyLookup, counters: CounterState): Verified {
  const f = d.frame;
  const offset = d.offset ?? 0;
  const fail = (code: (typeof FrameErrorCode)[keyof typeof FrameErrorCode], message: string): Verified => ({
    ok: false,
    error: new FrameError(code, message, offset, 0),
  });
  if (f.kind === 'vendor' || !('deviceId' in f) || !isSecured(f.kind, f.deviceId))
    return fail(FrameErrorCode.UNSECURED, `a ${f.kind} frame is never secured; nothing to verify`);
  const id = (): string => hex32(f.deviceId);
  if (f.version !== SECURE_VERSION || !f.security)
    return fail(FrameErrorCode.UNSECURED, `${f.kind} from ${id()} is version 1: no counter, no MIC`);
  const key = keys(f.deviceId);
  if (!key) return fail(FrameErrorCode.KEY, `no key for device ${id()}: pair it with its install code`);
  const mic = key.mic(d.signed ?? rebuild(f));
  if (!sameMic(mic, f.security.mic))
    return fail(
      FrameErrorCode.MIC,
      `${f.kind} from ${id()} counter ${f.security.counter}: MIC does not match`,
    );
  const counter = f.security.counter;
  const highest = counters.highest(f.deviceId);
  if (highest !== undefined && counter <= highest) {
    const why =
      highest === MAX_COUNTER
        ? `the counter reached ${MAX_COUNTER} and never wraps: re-pair the device with a new install code`
        : `not above ${highest}, the highest accepted: a replay`;
    return fail(FrameErrorCode.REPLAY, `${f.kind} from ${id()} counter ${counter}: ${why}`);
  }
  return { ok: true, deviceId: f.deviceId, counter };
}

function sameMic(mic: Uint8Array, hex: string): boolean {
  return Buffer.from(mic.buffer, mic.byteOffset, mic.length).toString('hex') === hex.toLowerCase();
}

function rebuild(f: Frame): Uint8Array {
  const body = frameBody(f);
  return micInput(f.kind as Exclude<Frame['kind'], 'vendor'>, body, body[2]!);
}

/** Counters in memory: the SPEC-only peer, tests and the simulator's devices persist them elsewhere. */
export class MemoryCounterState implements CounterState {
  private readonly map = new Map<number, number>();

  highest(deviceId: number): number | undefined {
    return this.map.get(deviceId);
  }

  accept(deviceId: number, counter: number): void {
    if (counter > (this.map.get(deviceId) ?? -1)) this.map.set(deviceId, counter);
  }
}
