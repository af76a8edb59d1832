/**
 * Learn mode: the receiver listens for a new device; the first device *new to this hub* is paired
 * with the label and location the installer gave, and the session ends. A device the hub already
 * has (a resident's pendant sending its routine heartbeat, reported `already_paired` by a v1
 * receiver or `paired` by a receiver that lost its table) keeps its stored label and location,
 * the outcome says so, and learn mode goes on for the time left: the installer's `vakt pair` must
 * not end, nor succeed, on the wrong device. A `pairing_result` with no session open is ignored
 * and logged. One session at a time; a caller may wait for its outcome (`vakt pair` does) and end
 * it early (`leave`, sent by `vakt pair` on Ctrl-C). With an install code, the device paired gets
 * its key, and the frame it sends next must verify with it (SPEC §6.8), else it is unpaired again.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import {
  FrameErrorCode,
  hex32,
  type PairingResultFrame,
  parseInstallCode,
} from '../../protocol/serial/index.ts';
import type { Ingest } from '../ingest/ingest.ts';
import { type ChangeSource, type DeviceRegistry, UNAUTHENTICATED_FIX } from './registry.ts';

export interface LearnOutcome {
  result: string;
  deviceId?: string;
  deviceType?: number;
  /** What happened meanwhile that the installer should know, e.g. a paired device heard and kept. */
  notes?: string[];
}

export interface LearnRequest {
  timeoutS: number;
  label?: string;
  location?: number;
  wait?: boolean;
  /** The install code printed on the device (checked by the caller's schema; its CRC here). */
  installCode?: string;
  /** Without an install code: the installer allows a version-1 device (SPEC §4.7). */
  allowUnauthenticated?: boolean;
}

interface Session {
  /** The key of the install code given with learn mode: the device paired gets it. */
  key?: Uint8Array;
  /** No key: the installer allowed a version-1 device. */
  allowUnauthenticated: boolean;
  label: string;
  location: number | null;
  by: ChangeSource;
  until: number;
  timer: Timer;
  waiters: Array<(o: LearnOutcome) => void>;
  notes: string[];
  /** Paired with an install code: the outcome waits for the device's first frame to verify. */
  proving?: { outcome: LearnOutcome; deviceId: number; timer: Timer };
}

/** How long a pairing with an install code waits for the frame that follows the result (§6.8). */
const PROOF_MS = 5_000;

/** The receiver reports its own timeout; this margin covers a receiver that never does. */
const REPORT_MARGIN_MS = 5_000;
/** Notes kept per session: a chatty neighbourhood must not grow it. */
const MAX_NOTES = 20;

export class LearnSession {
  private session: Session | undefined;
  private unlisten: Array<() => void> = [];

  constructor(
    private readonly registry: DeviceRegistry,
    private readonly ingest: Ingest,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Listens for the receiver's pairing results and for the frames that prove an install code. */
  start(): void {
    if (this.unlisten.length > 0) return;
    this.unlisten = [
      this.ingest.on('pairing-result', (f) => this.onPairingResult(f)),
      this.ingest.on('device-frame', (id, refused) => this.onDeviceFrame(id, refused)),
    ];
  }

  stop(): void {
    for (const off of this.unlisten) off();
    this.unlisten = [];
    this.finish({ result: 'stopped' });
  }

  state(): { active: boolean; remainingS: number } {
    const s = this.session;
    return { active: !!s, remainingS: s ? Math.max(0, Math.ceil((s.until - this.clock.now()) / 1000)) : 0 };
  }

  /**
   * Starts learn mode (params checked by the caller): answers once the receiver has ACKed it, with
   * `wait` once learn mode ended; rejects with E_RECEIVER_NO_ANSWER when the receiver never does.
   */
  async enter(
    p: LearnRequest,
    source: ChangeSource['source'],
  ): Promise<LearnOutcome | { timeoutS: number; active: true }> {
    if (p.installCode === undefined && p.allowUnauthenticated !== true)
      throw new VaktError(
        'E_PAIR_UNAUTHENTICATED',
        `learn mode not entered: no install code was given, and a device without one is refused unless allowed. For ${UNAUTHENTICATED_FIX}`,
      );
    this.finish({ result: 'superseded' });
    const ms = p.timeoutS * 1000;
    const s: Session = {
      ...(p.installCode !== undefined ? { key: parseInstallCode(p.installCode).key } : {}),
      allowUnauthenticated: p.installCode === undefined,
      label: p.label ?? '',
      location: p.location ?? null,
      by: { source, method: 'learn_mode' },
      until: this.clock.now() + ms,
      timer: this.clock.setTimer(ms + REPORT_MARGIN_MS, () => this.finish({ result: 'learn_timeout' })),
      waiters: [],
      notes: [],
    };
    this.session = s;
    const outcome = new Promise<LearnOutcome>((resolve) => s.waiters.push(resolve));
    try {
      await this.ingest.command({ command: 'learn_enter', timeout: p.timeoutS });
    } catch (err) {
      if (this.session === s) this.finish({ result: 'receiver_no_answer' });
      throw err;
    }
    this.log.info({ timeoutS: p.timeoutS, source }, 'learn mode entered');
    if (p.wait !== true) return { timeoutS: p.timeoutS, active: true };
    return outcome;
  }

  /** Ends learn mode now (the installer gave up); false when none was open. */
  leave(): boolean {
    if (!this.session) return false;
    this.ingest.command({ command: 'learn_leave' }).catch(() => {}); // logged where it failed
    this.log.info('learn mode left on request');
    this.finish({ result: 'cancelled' });
    return true;
  }

  private onPairingResult(f: PairingResultFrame): void {
    const deviceId = hex32(f.deviceId);
    if (f.result === 'unpaired' || f.result === 'not_found') {
      this.log.info({ deviceId, result: f.result }, 'receiver answered an unpair');
      return;
    }
    const s = this.session;
    if (!s) {
      this.log.warn({ deviceId, result: f.result }, 'pairing result outside learn mode ignored');
      return;
    }
    this.log.info({ deviceId, result: f.result }, 'pairing result');
    if (f.result !== 'paired' && f.result !== 'already_paired') {
      this.finish({ result: f.result });
      return;
    }
    const known = this.registry.paired(f.deviceId);
    if (known) {
      this.keepLearning(
        s,
        `${deviceId} is already paired${known.label ? ` as "${known.label}"` : ''}: kept its label and location`,
      );
      return;
    }
    this.registry.pair(
      {
        deviceId: f.deviceId,
        deviceType: f.deviceType,
        label: s.label,
        location: s.location,
        ...(s.key ? { key: s.key } : { allowUnauthenticated: true }),
      },
      s.by,
    );
    const outcome = { result: 'paired', deviceId, deviceType: f.deviceType };
    // SPEC §6.8: the frame the dongle forwards next must be let in — verified with the install
    // code's key, or version 1 from a device allowed to be unauthenticated.
    s.proving = {
      outcome,
      deviceId: f.deviceId,
      timer: this.clock.setTimer(PROOF_MS, () => this.unproven(s, f.deviceId)),
    };
  }

  /** No frame followed the pairing result (lost on the line, or none sent): nothing proves it. */
  private unproven(s: Session, deviceId: number): void {
    if (this.session !== s || s.proving?.deviceId !== deviceId) return;
    s.proving = undefined;
    const hex = hex32(deviceId);
    this.registry.unpair(deviceId, s.by);
    this.log.warn({ deviceId: hex }, 'no frame followed the pairing result: unpaired');
    this.keepLearning(
      s,
      `${hex} sent nothing the hub could verify after it was paired: not paired, press again`,
    );
  }

  /**
   * The frame after a pairing result: only one the link guard lets in proves the pairing — with an
   * install code, that the code belongs to the device (SPEC §6.8); none within PROOF_MS, and the
   * device is unpaired again (`unproven`). A version-1 frame is a device that has no install code — a neighbour's
   * legacy device that happened to transmit first —: it is unpaired and learn mode goes on for the
   * device the installer holds. Any other refusal means the code is not this device's.
   */
  private onDeviceFrame(deviceId: number, refused: string | undefined): void {
    const s = this.session;
    const p = s?.proving;
    if (!s || !p || p.deviceId !== deviceId) return;
    if (refused === undefined) {
      this.finish(p.outcome);
      return;
    }
    const hex = hex32(deviceId);
    this.registry.unpair(deviceId, s.by);
    p.timer.cancel();
    s.proving = undefined;
    if (refused === FrameErrorCode.UNSECURED || refused === FrameErrorCode.KEY) {
      const note =
        refused === FrameErrorCode.KEY
          ? `${hex} speaks version 2: not paired without its install code`
          : `${hex} speaks version 1 (no install code): not paired`;
      this.log.warn(
        { deviceId: hex, code: refused },
        'learn mode heard a device it was not set for: unpaired',
      );
      this.keepLearning(s, note);
      return;
    }
    this.log.warn(
      { deviceId: hex, code: refused },
      'install code does not belong to the device paired: unpaired',
    );
    this.finish({ result: 'wrong_install_code', deviceId: hex });
  }

  /** A device that is not the one sought was heard: noted, and the receiver put back in learn mode. */
  private keepLearning(s: Session, note: string): void {
    if (s.notes.length < MAX_NOTES && !s.notes.includes(note)) s.notes.push(note);
    this.log.info({ note }, 'learn mode goes on');
    const leftS = Math.ceil((s.until - this.clock.now()) / 1000);
    // The receiver left learn mode on that device; the session has time left.
    if (leftS < 1) return;
    this.ingest.command({ command: 'learn_enter', timeout: leftS }).catch(() => {
      // Learn mode is off at the receiver: the session cannot go on.
      if (this.session === s) this.finish({ result: 'receiver_no_answer' });
    });
  }

  private finish(o: LearnOutcome): void {
    const s = this.session;
    if (!s) return;
    this.session = undefined;
    s.timer.cancel();
    s.proving?.timer.cancel();
    const outcome = s.notes.length > 0 ? { ...o, notes: s.notes } : o;
    for (const w of s.waiters) w(outcome);
  }
}
