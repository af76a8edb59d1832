/**
 * Is the radio receiver alive? It counts as answering only once a valid frame arrived since the
 * port was last opened (an open port alone is no answer), and as lost when no receiver_status came
 * for its grace, counted from the last status — a reopen does not restart the count. A loss raises
 * one RECEIVER_LOST (and reopens the port at once); the next status clears it.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import type { SerialLink } from './serial-link.ts';

export class ReceiverLiveness {
  private lostTimer: Timer | undefined;
  private lost = false;
  private answered = false;
  private downReason: string | undefined;

  constructor(
    private readonly link: SerialLink,
    private readonly store: HubStore,
    private readonly supervisor: DeviceSupervisor,
    private readonly clock: Clock,
    private readonly lostAfterMs: number,
    private readonly log: Logger,
  ) {}

  /** Deaf until the receiver's first status; the port may never appear: "receiver lost" too. */
  start(): void {
    this.supervisor.setReceiverUp(false);
    this.downReason = 'port not opened yet';
    this.armLost();
  }

  stop(): void {
    this.lostTimer?.cancel();
  }

  get up(): boolean {
    return !this.lost && this.link.up && this.answered;
  }

  linkOpened(): void {
    this.answered = false;
  }

  linkDown(reason: string): void {
    this.answered = false;
    this.downReason = reason;
    this.supervisor.setReceiverUp(false);
    this.armLost();
  }

  /** A valid frame arrived. */
  frameArrived(): void {
    this.answered = true;
  }

  /** A receiver_status arrived: the receiver is back (clearing RECEIVER_LOST if it was lost). */
  statusArrived(): void {
    this.lostTimer?.cancel();
    this.lostTimer = undefined;
    this.downReason = undefined;
    this.supervisor.setReceiverUp(true);
    const wasLost = this.lost;
    this.lost = false;
    this.armLost();
    if (!wasLost) return;
    const eventId = this.store.clearTechnical('receiver_lost');
    this.log.info({ eventId }, 'receiver back');
  }

  /** Runs from the last receiver_status (a reopen does not restart it); fires once per loss. */
  private armLost(): void {
    if (this.lostTimer || this.lost) return;
    this.lostTimer = this.clock.setTimer(this.lostAfterMs, () => {
      this.lostTimer = undefined;
      this.lost = true;
      const reason = this.downReason ?? `no receiver status for ${this.lostAfterMs / 1000} s`;
      this.link.reopen(reason);
      const devices = this.store.devices().map((d) => d.deviceId);
      const { eventId } = this.store.raiseTechnical({
        key: 'receiver_lost',
        kind: 'RECEIVER_LOST',
        rootCause: `the radio receiver is not answering (${reason})`,
        devices,
        action:
          'check the USB radio receiver is plugged in firmly; unplug and replug it; replace it if it does not come back',
      });
      this.log.error({ eventId, reason, devices: devices.length }, 'receiver lost');
    });
  }
}
