/**
 * The control socket's `reload`: the daemon reads a new config (its own file again, or the text
 * given, checked against its own file path and environment), says which changed fields apply live
 * and which need a restart (config/reload-plan.ts), and unless asked for a dry run applies them:
 * live ones at once, restart ones by a controlled restart once the answer is sent. One reload at
 * a time; a config that does not load changes nothing and is answered with the loader's errors.
 * A config that loads but does not start (live: the uplink side; restart: the gateway) is rolled
 * back to the one in force, and `failure` says why until the next reload (status `reload`).
 */
import { VaktError } from '../../protocol/errors.ts';
import { type LoadedConfig, loadConfigFile, parseConfig } from '../config/load.ts';
import { reloadPlan } from '../config/reload-plan.ts';
import type { ReloadAction, ReloadAnswer } from './answers.ts';

export interface Reloadable {
  /** The config in force now. */
  current(): LoadedConfig;
  /** Applies a config whose changes are all live; the serial link stays open. */
  applyLive(next: LoadedConfig): Promise<void>;
  /** Restarts the gateway on `next`; absent where no daemon owns the gateway (then restart changes are refused). */
  restart: ((next: LoadedConfig) => void) | undefined;
  env: NodeJS.ProcessEnv;
}

export interface ReloadParams {
  dryRun: boolean;
  config?: string | undefined;
}

export class ConfigReload {
  private busy = false;

  /** `failure`: why the last reload did not start (the daemon passes it on after a rollback). */
  constructor(
    private readonly r: Reloadable,
    private lastFailure: string | null = null,
  ) {}

  /** Why the last reload was rolled back to the config before it, or null. */
  get failure(): string | null {
    return this.lastFailure;
  }

  async reload(p: ReloadParams): Promise<ReloadAnswer> {
    if (this.busy)
      throw new VaktError(
        'E_RELOAD_BUSY',
        'another reload is being applied',
        'wait for its answer, then check vakt status',
      );
    this.busy = true;
    try {
      return await this.run(p);
    } finally {
      this.busy = false;
    }
  }

  private async run(p: ReloadParams): Promise<ReloadAnswer> {
    const current = this.r.current();
    const file = current.file;
    const next =
      p.config === undefined ? loadConfigFile(file, this.r.env) : parseConfig(p.config, file, this.r.env);
    const plan = reloadPlan(current, next);
    const answer = (action: ReloadAction): ReloadAnswer => ({ file, ...plan, action });
    if (plan.live.length === 0 && plan.restart.length === 0) return answer('unchanged');
    if (p.dryRun) return answer('checked');
    this.lastFailure = null;
    if (plan.restart.length > 0) {
      const restart = this.r.restart;
      if (!restart)
        throw new VaktError(
          'E_RELOAD_RESTART',
          `${plan.restart.join(', ')} can only change with a restart, and this gateway has no daemon to restart it`,
          'restart the process that runs the gateway',
        );
      // After this answer is on its way: the restart closes the control socket.
      setImmediate(() => restart(next));
      return answer('restarting');
    }
    try {
      await this.r.applyLive(next);
    } catch (err) {
      this.lastFailure = err instanceof Error ? err.message : String(err);
      throw err;
    }
    return answer('applied');
  }
}
