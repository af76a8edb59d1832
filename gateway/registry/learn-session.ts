/**
 * Learn mode: the receiver listens for a new device; the first device *new to this hub* is paired
 * with the label and location the installer gave, and the session ends. A device the hub already
 * has (a resident's pendant sending its routine heartbeat, reported `already_paired` by a v1
 * receiver or `paired` by a receiver that lost its table) keeps its stored label and location,
 * the outcome says so, and learn mode goes on for the time left: the installer's `vakt pair` must
 * not end, nor succeed, on the wrong device. A `pairing_result` with no session open is ignored
 * and logged. One session at a time; a caller may wait for its outcome (`vakt pair` does) and end
 * it early (`leave`, sent by `vakt pair` on Ctrl-C).
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { hex32, type PairingResultFrame } from '../../protocol/serial/index.ts';
import type { Ingest } from '../ingest/ingest.ts';
import type { ChangeSource, DeviceRegistry } from './registry.ts';

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
}

interface Session {
  label: string;
  location: number | null;
  by: ChangeSource;
  until: number;
  timer: Timer;
  waiters: Array<(o: LearnOutcome) => void>;
  notes: string[];
}

/** The receiver reports its own timeout; this margin covers a receiver that never does. */
const REPORT_MARGIN_MS = 5_000;
/** Notes kept per session: a chatty neighbourhood must not grow it. */
const MAX_NOTES = 20;

export class LearnSession {
  private session: Session | undefined;
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly registry: DeviceRegistry,
    private readonly ingest: Ingest,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Listens for the receiver's pairing results (ingest's `pairing-result`). */
  start(): void {
    this.unlisten ??= this.ingest.on('pairing-result', (f) => this.onPairingResult(f));
  }

  stop(): void {
    this.unlisten?.();
    this.unlisten = undefined;
    this.finish({ result: 'stopped' });
  }

  state(): { active: boolean; remainingS: number } {
    const s = this.session;
    return { active: !!s, remainingS: s ? Math.max(0, Math.ceil((s.until - this.clock.now()) / 1000)) : 0 };
  }

  /** Starts learn mode (params checked by the caller); with `wait` resolves with the outcome. */
  enter(
    p: LearnRequest,
    source: ChangeSource['source'],
  ): Promise<LearnOutcome> | { timeoutS: number; active: true } {
    this.finish({ result: 'superseded' });
    const ms = p.timeoutS * 1000;
    this.session = {
      label: p.label ?? '',
      location: p.location ?? null,
      by: { source, method: 'learn_mode' },
      until: this.clock.now() + ms,
      timer: this.clock.setTimer(ms + REPORT_MARGIN_MS, () => this.finish({ result: 'learn_timeout' })),
      waiters: [],
      notes: [],
    };
    this.ingest.command({ command: 'learn_enter', timeout: p.timeoutS });
    this.log.info({ timeoutS: p.timeoutS, source }, 'learn mode entered');
    if (p.wait !== true) return { timeoutS: p.timeoutS, active: true };
    const s = this.session;
    return new Promise((resolve) => s.waiters.push(resolve));
  }

  /** Ends learn mode now (the installer gave up); false when none was open. */
  leave(): boolean {
    if (!this.session) return false;
    this.ingest.command({ command: 'learn_leave' });
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
      { deviceId: f.deviceId, deviceType: f.deviceType, label: s.label, location: s.location },
      s.by,
    );
    this.finish({ result: 'paired', deviceId, deviceType: f.deviceType });
  }

  /** A device already paired here was heard: noted, and the receiver put back in learn mode. */
  private keepLearning(s: Session, note: string): void {
    if (s.notes.length < MAX_NOTES && !s.notes.includes(note)) s.notes.push(note);
    this.log.info({ note }, 'learn mode goes on: a device already paired here was heard');
    const leftS = Math.ceil((s.until - this.clock.now()) / 1000);
    // The receiver left learn mode on that device; the session has time left.
    if (leftS >= 1) this.ingest.command({ command: 'learn_enter', timeout: leftS });
  }

  private finish(o: LearnOutcome): void {
    const s = this.session;
    if (!s) return;
    this.session = undefined;
    s.timer.cancel();
    const outcome = s.notes.length > 0 ? { ...o, notes: s.notes } : o;
    for (const w of s.waiters) w(outcome);
  }
}
