/**
 * The commands stage: listens for the uplink's `command` events, has each verified and run by the
 * CommandHandler, and publishes its CommandResult on the broker link the command came on (none
 * for a command nobody trusted signed). With no platform key configured, commands are counted and
 * ignored (none can be verified).
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import { ProblemTally } from '../problem-tally.ts';
import type { BrokerLink } from '../uplink/broker-link.ts';
import type { Uplink } from '../uplink/uplink.ts';
import type { CommandHandler } from './command-handler.ts';

export class RemoteCommands {
  private off: (() => void) | undefined;
  private readonly ignored: ProblemTally;

  constructor(
    private readonly uplink: Pick<Uplink, 'on' | 'publishDirect'>,
    private readonly handler: CommandHandler | undefined,
    private readonly log: Logger,
    clock: Clock,
  ) {
    this.ignored = new ProblemTally(log, clock);
  }

  start(): void {
    this.off ??= this.uplink.on('command', (bytes, via) => void this.handle(bytes, via));
  }

  stop(): void {
    this.off?.();
    this.off = undefined;
    this.ignored.stop();
    this.handler?.stop();
  }

  private async handle(bytes: Uint8Array, via: BrokerLink): Promise<void> {
    if (!this.handler) {
      this.ignored.count(
        'command without a platform key',
        {},
        'command received but no platform key is configured; ignored',
      );
      return;
    }
    let r: Awaited<ReturnType<CommandHandler['handle']>>;
    try {
      r = await this.handler.handle(bytes);
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'command could not be handled');
      return;
    }
    if (!r) return; // not signed by a trusted key: counted by the handler, not answered
    try {
      await this.uplink.publishDirect('command-result', v1.CommandResult.encode(r).finish(), via);
    } catch (err) {
      this.log.warn({ commandId: r.commandId, err: (err as Error).message }, 'command result not published');
    }
  }
}
