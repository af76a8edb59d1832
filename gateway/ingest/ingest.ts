/**
 * Serial ingest: frames from the receiver become durably accepted events. A device frame is acted
 * on only once the link guard admits it (SPEC §4: verified MIC and fresh counter, or a device
 * allowed to be unauthenticated); a device event is ACKed only after `HubStore.acceptDeviceEvent`
 * committed it (SPEC §6.3), with an ACK secured like the event; a retransmission is ACKed again
 * without a second event; an unpaired device is NAKed `not_paired` and reported (`unpaired-heard`;
 * the registry keeps the list); a storage failure NAKs `busy` so the device retries; a bad frame
 * is answered as SPEC §2.4 says. The receiver counts as lost when no receiver_status came for its
 * grace, counted from the last status (not from each reopen): one RECEIVER_LOST, and the port
 * reopened, at once. It counts as answering only once a valid frame arrived since the port was
 * last opened.
 *
 * Events: `unpaired-heard(HeardUnpaired)` for every frame from a device not paired here, and
 * `pairing-result(PairingResultFrame)` for each pairing answer of the receiver (learn mode);
 * `receiver-status(ReceiverStatusFrame)` for each status (the control socket's `receiver` waits on it).
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import {
  type AckFrame,
  type Decoded,
  type DeviceEventFrame,
  type DeviceHeartbeatFrame,
  hex32,
  type NakFrame,
  nakFor,
  type PairingResultFrame,
  RECEIVER_ADDRESS,
  type ReceiverCommand,
  type ReceiverStatusFrame,
} from '../../protocol/serial/index.ts';
import { TypedEmitter } from '../events.ts';
import { ProblemTally } from '../problem-tally.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import { LinkGuard } from './link-guard.ts';
import { PairingPresses } from './pairing-press.ts';
import { ReceiverCommands } from './receiver-commands.ts';
import { ReceiverLiveness } from './receiver-liveness.ts';
import type { SerialLink } from './serial-link.ts';

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
  'receiver-status': [frame: ReceiverStatusFrame];
  /** A device frame the link guard let in, or refused with `code` (SPEC §4.5). */
  'device-frame': [deviceId: number, refused: string | undefined];
};

export class Ingest extends TypedEmitter<IngestEvents> {
  /** Receiver commands with their retries and E_RECEIVER_NO_ANSWER (SPEC §6.7). */
  private readonly commands: ReceiverCommands;
  private opens = 0;
  /** Serial garbage, unexpected frames, unpaired neighbours: summarised, not one line each. */
  private readonly problems: ProblemTally;
  private readonly liveness: ReceiverLiveness;
  private readonly presses: PairingPresses;
  /** Admits device frames and secures replies (SPEC §4); `guard.rejected` counts refusals. */
  readonly guard: LinkGuard;

  constructor(
    private readonly link: SerialLink,
    private readonly store: HubStore,
    private readonly supervisor: DeviceSupervisor,
    private readonly clock: Clock,
    settings: IngestSettings,
    private readonly log: Logger,
  ) {
    super((err, event) => log.error({ err: (err as Error).message, event }, 'ingest listener failed'));
    this.problems = new ProblemTally(log, clock);
    this.presses = new PairingPresses(clock);
    this.liveness = new ReceiverLiveness(link, store, supervisor, clock, settings.receiverLostAfterMs, log);
    this.guard = new LinkGuard(store, clock, log);
    this.commands = new ReceiverCommands(
      (seq, c) => this.link.send({ kind: 'receiver_command', seq, ...c }),
      clock,
      log,
    );
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
    this.liveness.start();
    this.link.start();
  }

  async stop(): Promise<void> {
    this.commands.stop();
    this.liveness.stop();
    this.problems.stop();
    await this.link.stop();
  }

  get receiverUp(): boolean {
    return this.liveness.up;
  }

  /** Times the serial port was opened since start: a config reload must leave it unchanged. */
  get linkOpens(): number {
    return this.opens;
  }

  /** Reopens the serial link to the receiver. */
  reopenLink(reason: string): void {
    this.link.reopen(reason);
  }

  /**
   * Sends a receiver command (learn mode, unpair, …), retried with the same seq; resolves on the
   * dongle's ACK, rejects with E_RECEIVER_NO_ANSWER (already logged) when it never answers.
   */
  command(c: ReceiverCommand): Promise<void> {
    this.presses.commandSent(c);
    return this.commands.send(c);
  }

  private onUp(): void {
    this.opens++;
    this.liveness.linkOpened();
    this.log.info('serial link open');
    const logged = () => {}; // a command that fails is logged where it fails
    this.command({ command: 'set_time', time: Math.floor(this.clock.now() / 1000) }).catch(logged);
    this.command({ command: 'status_request' }).catch(logged);
  }

  private onDown(reason: string): void {
    this.log.warn({ reason }, 'serial link down; reopening');
    this.liveness.linkDown(reason);
  }

  private onDecoded(d: Decoded): void {
    if ('error' in d) {
      this.problems.count('serial frame error', { code: d.error.code, offset: d.offset }, d.error.message);
      const nak = nakFor(d.error);
      if (nak) this.link.send(nak);
      return;
    }
    const f = d.frame;
    this.liveness.frameArrived();
    if (f.kind === 'device_event' || f.kind === 'device_heartbeat') {
      const admitted = this.guard.admit({ ...d, frame: f });
      this.emit('device-frame', f.deviceId, admitted.ok ? undefined : admitted.code);
      if (!admitted.ok) {
        if (admitted.unknownDevice) this.heardUnpaired(f);
        return;
      }
    }
    switch (f.kind) {
      case 'receiver_status':
        this.link.alive();
        this.liveness.statusArrived();
        this.supervisor.setJamming(f.jamming);
        this.emit('receiver-status', f);
        break;
      case 'device_event':
        this.onDeviceEvent(f);
        break;
      case 'device_heartbeat':
        this.onHeartbeat(f);
        break;
      case 'pairing_result': {
        const known = !!this.store.device(f.deviceId);
        this.emit('pairing-result', f); // the learn session pairs it, or not
        this.presses.pairingResult(f.deviceId, f.result, !known && !!this.store.device(f.deviceId));
        break;
      }
      case 'ack':
      case 'nak':
        if (f.deviceId === RECEIVER_ADDRESS) this.commands.answered(f);
        else this.problems.count('unexpected ACK/NAK', { frame: f }, 'unexpected ACK/NAK from the receiver');
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
      // In learn mode it may be the press whose pairing_result is still to come: let it retry.
      const reason = this.presses.learning ? 'busy' : 'not_paired';
      this.reply(f, { kind: 'nak', deviceId: f.deviceId, seq: f.seq, reason });
      this.problems.count(
        'unpaired device event',
        { deviceId, seq: f.seq, reason },
        'event from an unpaired device refused',
      );
      return;
    }
    const pairingPress = this.presses.isPairingPress(f);
    let accepted: { eventId: string; duplicate: boolean };
    try {
      accepted = this.store.acceptDeviceEvent(f, { pairingPress });
    } catch (err) {
      this.notStored(f, err as Error, pairingPress);
      return;
    }
    this.reply(f, { kind: 'ack', deviceId: f.deviceId, seq: f.seq });
    this.supervisor.heard(f.deviceId, { battery: f.battery, statusCode: f.statusCode });
    this.log.info(
      {
        deviceId,
        eventId: accepted.eventId,
        seq: f.seq,
        eventClass: f.eventClass,
        statusCode: f.statusCode,
        duplicate: accepted.duplicate,
        pairingPress,
      },
      accepted.duplicate ? 'duplicate event ACKed again' : 'event accepted',
    );
  }

  /**
   * Storage fails (docs/uplink.md): the event is forwarded from memory at once, and the device is
   * NAKed busy — nothing on the hub would survive a power cut — so it keeps retransmitting. Once
   * the platform has receipted the event it is safe, and the next retransmission is ACKed.
   */
  private notStored(f: DeviceEventFrame, err: Error, pairingPress: boolean): void {
    const deviceId = hex32(f.deviceId);
    const key = `${f.deviceId}/${f.seq}/${f.eventClass}/${f.statusCode}`;
    this.supervisor.heard(f.deviceId, { battery: f.battery, statusCode: f.statusCode });
    const receipted = this.store.memory.receiptedEventFor(key);
    if (receipted) {
      this.reply(f, { kind: 'ack', deviceId: f.deviceId, seq: f.seq });
      this.log.warn(
        { deviceId, seq: f.seq, eventId: receipted },
        'storage failing, but the platform has receipted this event: ACKed',
      );
      return;
    }
    this.reply(f, { kind: 'nak', deviceId: f.deviceId, seq: f.seq, reason: 'busy' });
    const { eventId, held } = this.store.memory.hold(key, () =>
      this.store.deviceEventRow(f, { pairingPress }),
    );
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

  /** An ACK/NAK to the device of `to`, secured when `to` was; a counter that cannot be stored sends nothing. */
  private reply(to: DeviceEventFrame, answer: AckFrame | NakFrame): void {
    try {
      this.link.send(this.guard.reply(to, answer));
    } catch (err) {
      this.log.error({ deviceId: hex32(to.deviceId), err: (err as Error).message }, 'reply not sent');
    }
  }

  private heardUnpaired(f: DeviceEventFrame | DeviceHeartbeatFrame): void {
    this.emit('unpaired-heard', {
      deviceId: f.deviceId,
      deviceType: f.deviceType,
      lastHeardAt: this.clock.now(),
    });
  }
}
