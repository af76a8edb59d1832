/**
 * The press that pairs a device in learn mode is the installer's test, not a resident's call
 * for help: it is ACKed like any event (the device must not retry it forever) and filed as a
 * TEST with `pairing_press` set (vakt.proto), so the response centre dispatches no one.
 *
 * Also the order of the receiver's reports: a receiver may forward the press *before* its
 * `pairing_result`. While learn mode is open, an event from a device not paired here is NAKed
 * `busy` rather than `not_paired`, so the device retransmits it, and the retransmission — after
 * the pairing — is taken as the pairing press.
 */
import type { Clock } from '../../protocol/clock.ts';
import type { DeviceEventFrame, ReceiverCommand } from '../../protocol/serial/index.ts';

/** How long after its pairing a device's first event (and its retransmissions) is the pairing press. */
export const PAIRING_PRESS_MS = 120_000;
/** Devices paired one at a time; a handful is plenty. */
const MAX_PENDING = 16;

export class PairingPresses {
  private learningUntil = 0;
  private readonly pending = new Map<number, { until: number; seq?: number }>();

  constructor(private readonly clock: Clock) {}

  /** Learn mode is open at the receiver, as far as the commands sent to it tell. */
  get learning(): boolean {
    return this.clock.now() < this.learningUntil;
  }

  /** Every receiver command the hub sends. */
  commandSent(c: ReceiverCommand): void {
    if (c.command === 'learn_enter') this.learningUntil = this.clock.now() + c.timeout * 1000;
    else if (c.command === 'learn_leave') this.learningUntil = 0;
  }

  /** A pairing result arrived; `pairedNew` when it made a device known that the hub did not have. */
  pairingResult(deviceId: number, result: string, pairedNew: boolean): void {
    if (result === 'learn_timeout' || result === 'table_full') this.learningUntil = 0;
    if (!pairedNew) return;
    this.learningUntil = 0;
    this.pending.set(deviceId, { until: this.clock.now() + PAIRING_PRESS_MS });
    if (this.pending.size > MAX_PENDING) this.pending.delete(this.pending.keys().next().value as number);
  }

  /** Whether this event of a paired device is its pairing press or a retransmission of it. */
  isPairingPress(f: DeviceEventFrame): boolean {
    const p = this.pending.get(f.deviceId);
    if (!p) return false;
    if (this.clock.now() > p.until) {
      this.pending.delete(f.deviceId);
      return false;
    }
    p.seq ??= f.seq;
    return p.seq === f.seq;
  }
}
