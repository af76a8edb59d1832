/**
 * Learn mode: the receiver listens for a new device; the first one heard is paired, the receiver
 * reports it (pairing_result) and the hub registers it with the label and location the installer
 * gave. One session at a time; a caller may wait for its outcome (`vakt pair` does).
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import { hex32, type PairingResultFrame, parseInstallCode } from '../../protocol/serial/index.ts';
import type { Ingest } from '../ingest/ingest.ts';
import type { DeviceRegistry } from './registry.ts';

export interface LearnOutcome {
  result: string;
  deviceId?: string;
  deviceType?: number;
}

interface Session {
  /** The key of the install code given with learn mode: the device paired gets it. */
  key?: Uint8Array;
  label: string;
  location: number | null;
  until: number;
  timer: Timer;
  waiters: Array<(o: LearnOutcome) => void>;
  /** Paired with an install code: the outcome waits for the device's first frame to verify. */
  proving?: { outcome: LearnOutcome; deviceId: number; timer: Timer };
}

/** How long a pairing with an install code waits for the frame that follows the result (§6.8). */
const PROOF_MS = 5_000;

/** The receiver reports its own timeout; this margin covers a receiver that never does. */
const REPORT_MARGIN_MS = 5_000;

export class LearnSession {
  private session: Session | undefined;
  private off: (() => void) | undefined;

  constructor(
    private readonly registry: DeviceRegistry,
    private readonly ingest: Ingest,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Listens for the receiver's pairing results (ingest's `pairing-result`). */
  start(): void {
    if (this.off) return;
    const offs = [
      this.ingest.on('pairing-result', (f) => this.onPairingResult(f)),
      this.ingest.on('device-frame', (id, refused) => this.onDeviceFrame(id, refused)),
    ];
    this.off = () => {
      for (const off of offs) off();
    };
  }

  state(): { active: boolean; remainingS: number } {
    const s = this.session;
    return { active: !!s, remainingS: s ? Math.max(0, Math.ceil((s.until - this.clock.now()) / 1000)) : 0 };
  }

  /** Starts learn mode; with `wait: true` resolves once a device paired or the time ran out. */
  enter(p: Record<string, unknown>): Promise<LearnOutcome> | { timeoutS: number; active: true } {
    const timeout = p.timeoutS === undefined ? 60 : p.timeoutS;
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 10 || timeout > 600)
      throw new VaktError(
        'E_CONTROL_PARAMS',
        `params.timeoutS must be 10..600. Provided value is ${timeout}`,
      );
    if (p.location !== undefined && (typeof p.location !== 'number' || !Number.isInteger(p.location)))
      throw new VaktError('E_CONTROL_PARAMS', 'params.location must be a SCAIP location code (integer)');
    this.finish({ result: 'superseded' });
    const ms = timeout * 1000;
    this.session = {
      ...(typeof p.installCode === 'string' ? { key: parseInstallCode(p.installCode).key } : {}),
      label: typeof p.label === 'string' ? p.label : '',
      location: typeof p.location === 'number' ? p.location : null,
      until: this.clock.now() + ms,
      timer: this.clock.setTimer(ms + REPORT_MARGIN_MS, () => this.finish({ result: 'learn_timeout' })),
      waiters: [],
    };
    this.ingest.command({ command: 'learn_enter', timeout });
    this.log.info({ timeoutS: timeout }, 'learn mode entered');
    if (p.wait !== true) return { timeoutS: timeout, active: true };
    const s = this.session;
    return new Promise((resolve) => s.waiters.push(resolve));
  }

  private onPairingResult(f: PairingResultFrame): void {
    this.log.info({ deviceId: hex32(f.deviceId), result: f.result }, 'pairing result');
    if (f.result === 'paired' || f.result === 'already_paired') {
      this.registry.pair({
        deviceId: f.deviceId,
        deviceType: f.deviceType,
        label: this.session?.label ?? '',
        location: this.session?.location ?? null,
        ...(this.session?.key ? { key: this.session.key } : {}),
      });
    }
    if (f.result === 'unpaired' || f.result === 'not_found') return; // answers to unpair commands
    const outcome = {
      result: f.result,
      ...(f.deviceId ? { deviceId: hex32(f.deviceId), deviceType: f.deviceType } : {}),
    };
    const s = this.session;
    if (!s?.key || !(f.result === 'paired' || f.result === 'already_paired')) {
      this.finish(outcome);
      return;
    }
    // SPEC §6.8: the frame the dongle forwards next must verify with the install code's key.
    s.proving = {
      outcome,
      deviceId: f.deviceId,
      timer: this.clock.setTimer(PROOF_MS, () => this.finish(outcome)),
    };
  }

  private onDeviceFrame(deviceId: number, refused: string | undefined): void {
    const p = this.session?.proving;
    if (!p || p.deviceId !== deviceId) return;
    if (refused !== 'E_FRAME_MIC') {
      this.finish(p.outcome);
      return;
    }
    this.log.warn(
      { deviceId: hex32(deviceId) },
      'install code does not belong to the device paired: unpaired',
    );
    this.registry.unpair(deviceId);
    this.finish({ result: 'wrong_install_code', deviceId: hex32(deviceId) });
  }

  stop(): void {
    this.off?.();
    this.off = undefined;
    this.finish({ result: 'stopped' });
  }

  private finish(o: LearnOutcome): void {
    const s = this.session;
    if (!s) return;
    this.session = undefined;
    s.timer.cancel();
    s.proving?.timer.cancel();
    for (const w of s.waiters) w(o);
  }
}
