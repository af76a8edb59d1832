/**
 * Builds the command handler from the stages that carry out commands: the actions, the replay
 * guard over the hub state and its watermark file, and the clock check. Kept apart from
 * gateway.ts so the wiring file stays a list of stages.
 */
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import { type CommandStages, commandActions } from './command-actions.ts';
import { CommandHandler } from './command-handler.ts';
import { ReplayGuard } from './replay-guard.ts';

/**
 * `keys`: the trusted platform keys (commands.publicKeys); `stateDir`: where the watermark file
 * lives, beside the database; `clockTrust`: why the hub's clock cannot be trusted now, or null.
 */
export function createCommandHandler(
  s: CommandStages,
  keys: KeyObject[],
  stateDir: string,
  clockTrust: () => string | null,
  log: Logger,
): CommandHandler {
  const nonces = new ReplayGuard(s.store, stateDir, log);
  nonces.start();
  return new CommandHandler(s.hubId, keys, s.store, commandActions(s), s.clock, log, { nonces, clockTrust });
}
