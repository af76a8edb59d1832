/**
 * Serial ingest: frames from the receiver become durably accepted events. A device event is
 * ACKed only after `HubStore.acceptDeviceEvent` committed it (SPEC §5.3); a retransmission is
 * ACKed again without a second event; an unpaired device is NAKed `not_paired` and reported
 * (`unpaired-heard`; the registry keeps the list); a storage failure NAKs `busy` so the device retries; a bad frame is NAKed with its
 * reason. The receiver counts as lost after its grace: one RECEIVER_LOST technical alarm.
 *
 * Events: `unpaired-heard(HeardUnpaired)` for every frame from a device not paired here, and
 * `pairing-result(PairingResultFrame)` for each pairing answer of the receiver (learn mode).
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import {
  type Decoded,
  type DeviceEventFrame,
  type DeviceHeartbeatFrame,
  FrameErrorCode,
  hex32,
  type NakReason,
  type PairingResultFrame,
  RECEIVER_ADDRESS,
  type ReceiverCommand,
  UNKNOWN_ADDRESS,
} from '../../protocol/serial/index.ts';
import { TypedEmitter } from '../events.ts';
import { ProblemTally } from '../problem-tally.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import type { SerialLink } from './serial-link.ts';

const NAK_FOR: Record<string, NakReason> = {
  [FrameErrorCode.CRC]: 'crc',
  [FrameErrorCode.LENGTH]: 'length',
  [FrameErrorCode.VERSION]: 'version',
  [FrameErrorCode.KIND]: 'unknown_kind',
  [FrameErrorCode.PAYLOAD]: 'bad_payload',
};

export interface IngestSettings {
  receiverLostAfterMs: number;
}

export interface HeardUnpaired {
  deviceId: number;
  deviceType: number;
  lastHeardAt: number;
}

export type IngestEvents = {
  'unpaired-heard': [device: HeardUnpaired];
  'pairing-result': [frame: PairingResultFrame];
};

export class Ingest extends TypedEmitter<IngestEvents> {
  private lostTimer: Timer | undefined;
  private commandSeq = 0;
  private receiverLost = false;
  /** Serial garbage, unexpected frames, unpaired neighbours: summarised, not one line each. */
  private readonly problems: ProblemTally;

  constructor(
    private readonly link: SerialLink,
    private readonly store: HubStore,
    private readonly supervisor: DeviceSupervisor,
    private readonly clock: Clock,
    private readonly settings: IngestSettings,
    private readonly log: Logger,
  ) {
    super((err, event) => log.error({ err: (err as Error).message, event }, 'ingest listener failed'));
    this.problems = new ProblemTally(log, clock);
  }

  start(): void {
    this.link.on('decoded', (d) => {
      try {
        this.onDecoded(d);
      } catch (err) {
        // Never crash on input: a frame that could not be handled is logged; devices retransmit.
        this.problems.count(
          'frame not handled',
          { err: (err as Error).message },
          'frame could not be handled',
        );
      }
    });
    this.link.on('up', () => this.onUp());
    this.link.on('down', (reason) => this.onDown(reason));
    this.link.start();
    // The port may never appear: that is "receiver lost" too, after the same grace.
    this.armLost('port not opened yet');
  }

  async stop(): Promise<void> {
    this.lostTimer?.cancel();
    this.problems.stop();
    await this.link.stop();
  }

  get receiverUp(): boolean {
    return !this.receiverLost && this.link.up;
  }

  /** Reopens the serial link to the receiver. */
  reopenLink(reason: string): void {
    this.link.reopen(reason);
  }

  /** Sends a receiver command (learn mode, unpair, …); returns its sequence number. */
  command(c: ReceiverCommand): number {
    this.commandSeq = (this.commandSeq + 1) & 0xffff;
    this.link.send({ kind: 'receiver_command', seq: this.commandSeq, ...c });
    return this.commandSeq;
  }

  private onUp(): void {
    this.log.info('serial link open');
    this.command({ command: 'set_time', time: Math.floor(this.clock.now() / 1000) });
    this.command({ command: 'status_request' });
  }

  private onDown(reason: string): void {
    this.log.warn({ reason }, 'serial link down; reopening');
    this.supervisor.setReceiverUp(false);
    this.armLost(reason);
  }

  private armLost(reason: string): void {
    if (this.lostTimer || this.receiverLost) return;
    this.lostTimer = this.clock.setTimer(this.settings.receiverLostAfterMs, () => {
      this.lostTimer = undefined;
      this.receiverLost = true;
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

  private receiverBack(): void {
    this.lostTimer?.cancel();
    this.lostTimer = undefined;
    this.supervisor.setReceiverUp(true);
    if (!this.receiverLost) return;
    this.receiverLost = false;
    const eventId = this.store.clearTechnical('receiver_lost');
    this.log.info({ eventId }, 'receiver back');
  }

  private onDecoded(d: Decoded): void {
    if ('error' in d) {
      this.problems.count('serial frame error', { code: d.error.code, offset: d.offset }, d.error.message);
      const reason = NAK_FOR[d.error.code];
      if (reason) this.link.send({ kind: 'nak', deviceId: UNKNOWN_ADDRESS, seq: 0, reason });
      return;
    }
    const f = d.frame;
    switch (f.kind) {
      case 'receiver_status':
        this.link.alive();
        this.receiverBack();
        this.supervisor.setJamming(f.jamming);
        break;
      case 'device_event':
        this.onDeviceEvent(f);
        break;
      case 'device_heartbeat':
        this.onHeartbeat(f);
        break;
      case 'pairing_result':
        this.emit('pairing-result', f);
        break;
      case 'ack':
      case 'nak':
        if (f.deviceId !== RECEIVER_ADDRESS)
          this.problems.count('unexpected ACK/NAK', { frame: f }, 'unexpected ACK/NAK from the receiver');
        break;
      default:
        this.problems.count(
          'unexpected frame kind',
          { kind: f.kind },
          'frame kind not expected from the receiver',
        );
    }
  }

  private onDeviceEvent(f: DeviceEventFrame): void {
    const deviceId = hex32(f.deviceId);
    if (!this.store.device(f.deviceId)) {
      this.heardUnpaired(f);
      this.link.send({ kind: 'nak', deviceId: f.deviceId, seq: f.seq, reason: 'not_paired' });
      this.problems.count(
        'unpaired device event',
        { deviceId, seq: f.seq },
        'event from an unpaired device refused',
      );
      return;
    }
    let accepted: { eventId: string; duplicate: boolean };
    try {
      accepted = this.store.acceptDeviceEvent(f);
    } catch (err) {
      this.notStored(f, err as Error);
      return;
    }
    this.link.send({ kind: 'ack', deviceId: f.deviceId, seq: f.seq });
    this.supervisor.heard(f.deviceId, { battery: f.battery, statusCode: f.statusCode });
    this.log.info(
      {
        deviceId,
        eventId: accepted.eventId,
        seq: f.seq,
        eventClass: f.eventClass,
        statusCode: f.statusCode,
        duplicate: accepted.duplicate,
      },
      accepted.duplicate ? 'duplicate event ACKed again' : 'event accepted',
    );
  }

  /**
   * Storage fails (docs/uplink.md): the event is forwarded from memory at once, and the device is
   * NAKed busy — nothing on the hub would survive a power cut — so it keeps retransmitting. Once
   * the platform has receipted the event it is safe, and the next retransmission is ACKed.
   */
  private notStored(f: DeviceEventFrame, err: Error): void {
    const deviceId = hex32(f.deviceId);
    const key = `${f.deviceId}/${f.seq}/${f.eventClass}/${f.statusCode}`;
    this.supervisor.heard(f.deviceId, { battery: f.battery, statusCode: f.statusCode });
    const receipted = this.store.memory.receiptedEventFor(key);
    if (receipted) {
      this.link.send({ kind: 'ack', deviceId: f.deviceId, seq: f.seq });
      this.log.warn(
        { deviceId, seq: f.seq, eventId: receipted },
        'storage failing, but the platform has receipted this event: ACKed',
      );
      return;
    }
    this.link.send({ kind: 'nak', deviceId: f.deviceId, seq: f.seq, reason: 'busy' });
    const { eventId, held } = this.store.memory.hold(key, () => this.store.deviceEventRow(f));
    this.log.error(
      { deviceId, seq: f.seq, eventId, err: err.message },
      held
        ? 'event could not be stored; forwarding it from memory, NAK busy until the platform has it'
        : 'retransmission of an event forwarded from memory; NAK busy until the platform has it',
    );
  }

  private onHeartbeat(f: DeviceHeartbeatFrame): void {
    if (!this.store.device(f.deviceId)) {
      this.heardUnpaired(f);
      return;
    }
    this.supervisor.heard(f.deviceId, { battery: f.battery, tamper: f.tamper, statedPeriodS: f.period });
    this.store.seen(f.deviceId, { battery: f.battery, rssi: f.rssi, periodS: f.period });
  }

  private heardUnpaired(f: DeviceEventFrame | DeviceHeartbeatFrame): void {
    this.emit('unpaired-heard', {
      deviceId: f.deviceId,
      deviceType: f.deviceType,
      lastHeardAt: this.clock.now(),
    });
  }
}
