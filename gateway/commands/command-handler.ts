/**
 * Signed commands from the platform (protocol/uplink/signing.ts): verified — the hub's clock
 * steady, signature by a trusted key, this hub, not expired, not from the future, nonce never seen
 * (replay-guard.ts: survives restarts, backup restores and clock steps) — and only then executed.
 * Every command, executed or not, gets a CommandResult; a rejected one is logged with its reason
 * and never run. A test alarm for a device that is not paired is refused (NOT_PAIRED).
 * What fails before a trusted signature verified (undecodable bytes, an unknown key, a bad
 * signature) carries no command id a result could name and may come from anyone who can publish:
 * it is counted (one log line per interval), never answered one by one.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import {
  CommandRejected,
  type NonceStore,
  v1,
  type vakt,
  verifyCommand,
} from '../../protocol/uplink/index.ts';
import { ProblemTally } from '../problem-tally.ts';
import type { HubStore } from '../store/hub-store.ts';

/** What the hub can do on command; each returns a detail line for the result or throws. */
export interface CommandActions {
  testAlarm(deviceId: number): Promise<string> | string;
  setHeartbeatInterval(seconds: number): string;
  /** Throws (the command FAILED, with why) without an install code or an explicit allow (SPEC §4.7). */
  enterLearnMode(
    timeoutS: number,
    pairing: { installCode?: string; allowUnauthenticated?: boolean },
  ): Promise<string> | string;
  rebootLink(): string;
  requestInventory(): Promise<string> | string;
}

const REASON: Record<string, number> = {
  bad_signature: v1.RejectReason.REJECT_REASON_BAD_SIGNATURE,
  wrong_hub: v1.RejectReason.REJECT_REASON_WRONG_HUB,
  expired: v1.RejectReason.REJECT_REASON_EXPIRED,
  not_yet_valid: v1.RejectReason.REJECT_REASON_NOT_YET_VALID,
  replayed: v1.RejectReason.REJECT_REASON_REPLAYED,
  malformed: v1.RejectReason.REJECT_REASON_MALFORMED,
  unknown_key: v1.RejectReason.REJECT_REASON_UNKNOWN_KEY,
  clock_untrusted: v1.RejectReason.REJECT_REASON_CLOCK_UNTRUSTED,
};

/** What guards commands besides their signature. */
export interface CommandProtection {
  nonces: NonceStore;
  /** Why the hub's clock cannot be trusted now (it just stepped, it is unset), or null. */
  clockTrust(): string | null;
}

export function loadPublicKeys(files: string[]): KeyObject[] {
  return files.map((f) => {
    try {
      return createPublicKey(readFileSync(f));
    } catch (err) {
      throw new VaktError(
        'E_CONFIG_KEY',
        `commands.publicKeys: ${f} is not a readable public key (${(err as Error).message})`,
        'give the .pub file written by vakt keys generate',
      );
    }
  });
}

/** Rejections decided before the signature verified: nobody the hub trusts is asking. */
const UNVERIFIED = new Set(['malformed', 'unknown_key', 'bad_signature']);

export class CommandHandler {
  private readonly unverified: ProblemTally;

  constructor(
    private readonly hubId: string,
    private readonly publicKeys: KeyObject[],
    private readonly store: HubStore,
    private readonly actions: CommandActions,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly protection: CommandProtection = {
      nonces: { claim: (n, exp, now) => store.claimNonce(n, exp, now) },
      clockTrust: () => null,
    },
  ) {
    this.unverified = new ProblemTally(log, clock);
  }

  stop(): void {
    this.unverified.stop();
  }

  /** Verifies and runs one Command; returns the CommandResult to publish, or undefined: no answer. */
  async handle(bytes: Uint8Array): Promise<vakt.v1.ICommandResult | undefined> {
    let body: vakt.v1.CommandBody;
    try {
      const distrust = this.protection.clockTrust();
      if (distrust) throw new CommandRejected('clock_untrusted', `${distrust}; try again later`);
      body = verifyCommand(bytes, {
        hubId: this.hubId,
        publicKeys: this.publicKeys,
        clock: this.clock,
        nonces: this.protection.nonces,
      });
    } catch (err) {
      if (!(err instanceof CommandRejected)) throw err;
      if (UNVERIFIED.has(err.reason) && err.commandId === '') {
        this.unverified.count(
          'unverified command',
          { reason: err.reason, detail: err.message },
          'command refused, not answered',
        );
        return undefined;
      }
      this.log.warn(
        { commandId: err.commandId, reason: err.reason, detail: err.message },
        'command rejected',
      );
      return this.result(
        v1.CommandStatus.COMMAND_STATUS_REJECTED,
        REASON[err.reason] ?? v1.RejectReason.REJECT_REASON_MALFORMED,
        err.message,
        err.commandId,
      );
    }
    try {
      return await this.execute(body);
    } catch (err) {
      const detail = (err as Error).message;
      this.log.error({ commandId: body.commandId, action: body.action, err: detail }, 'command failed');
      return this.result(v1.CommandStatus.COMMAND_STATUS_FAILED, 0, detail, body.commandId);
    }
  }

  /** Runs a verified command's action (its arguments range-checked first). */
  private async execute(body: vakt.v1.CommandBody): Promise<vakt.v1.ICommandResult> {
    const id = body.commandId;
    const reject = (reason: number, detail: string) => {
      this.log.warn({ commandId: id, detail }, 'command rejected');
      return this.result(v1.CommandStatus.COMMAND_STATUS_REJECTED, reason, detail, id);
    };
    const OUT_OF_RANGE = v1.RejectReason.REJECT_REASON_OUT_OF_RANGE;
    let detail: string;
    switch (body.action) {
      case 'testAlarm': {
        const device = body.testAlarm?.deviceId ?? 0;
        if (device !== 0 && !this.store.device(device))
          return reject(
            v1.RejectReason.REJECT_REASON_NOT_PAIRED,
            `device ${device.toString(16).toUpperCase().padStart(8, '0')} is not paired to this hub`,
          );
        detail = await this.actions.testAlarm(device);
        break;
      }
      case 'setHeartbeatInterval': {
        const s = body.setHeartbeatInterval?.intervalS ?? 0;
        if (s < 60 || s > 86_400) return reject(OUT_OF_RANGE, `interval_s ${s} is outside 60..86400`);
        detail = this.actions.setHeartbeatInterval(s);
        break;
      }
      case 'enterLearnMode': {
        const t = body.enterLearnMode?.timeoutS ?? 0;
        if (t < 10 || t > 600) return reject(OUT_OF_RANGE, `timeout_s ${t} is outside 10..600`);
        const { installCode, allowUnauthenticated } = body.enterLearnMode ?? {};
        detail = await this.actions.enterLearnMode(t, {
          ...(installCode ? { installCode } : {}),
          ...(allowUnauthenticated ? { allowUnauthenticated: true } : {}),
        });
        break;
      }
      case 'rebootLink':
        detail = this.actions.rebootLink();
        break;
      case 'requestInventory':
        detail = await this.actions.requestInventory();
        break;
      default:
        return reject(
          v1.RejectReason.REJECT_REASON_UNSUPPORTED,
          'the command carries no action this hub knows',
        );
    }
    this.log.info({ commandId: id, action: body.action, detail }, 'command executed');
    return this.result(v1.CommandStatus.COMMAND_STATUS_EXECUTED, 0, detail, id);
  }

  private result(status: number, reason: number, detail: string, commandId = ''): vakt.v1.ICommandResult {
    return { commandId, hubId: this.hubId, status, reason, detail, atMs: this.clock.now() };
  }
}
