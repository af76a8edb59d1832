/**
 * Where the bridge says how its centre links are: a log line per change, a small metrics
 * snapshot file (JSON, 0600, replaced atomically), and — if configured — a retained JSON notice
 * on an MQTT topic of the platform (`notify.topic`), so operators' tools see a dead centre link.
 */
import { renameSync, writeFileSync } from 'node:fs';
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { LinkState } from './centre.ts';

export interface LinkReportOptions {
  bridgeId: string;
  log: Logger;
  metricsFile?: string | undefined;
  notifyTopic?: string | undefined;
  client?: MqttClient | undefined;
  now: () => number;
}

export class LinkReport {
  constructor(private readonly o: LinkReportOptions) {}

  onChange(s: LinkState): void {
    if (s.up) this.o.log.info({ link: s.name }, 'centre link up');
    else this.o.log.error({ link: s.name, reason: s.lastError }, 'centre link down');
    if (this.o.notifyTopic && this.o.client) {
      const notice = {
        bridge: this.o.bridgeId,
        link: s.name,
        state: s.up ? 'up' : 'down',
        reason: s.up ? '' : s.lastError,
        lastOkAtMs: s.lastOkAtMs,
        atMs: this.o.now(),
      };
      this.o.client
        .publishAsync(this.o.notifyTopic, JSON.stringify(notice), { qos: 1, retain: true })
        .catch((err: Error) => this.o.log.warn({ err: err.message }, 'link notice not published'));
    }
  }

  /** Writes the snapshot; a failure to write is logged, never fatal. */
  snapshot(metrics: object): void {
    if (!this.o.metricsFile) return;
    const tmp = `${this.o.metricsFile}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify({ atMs: this.o.now(), ...metrics }, null, 2)}\n`, { mode: 0o600 });
      renameSync(tmp, this.o.metricsFile);
    } catch (err) {
      this.o.log.warn(
        { err: (err as Error).message, file: this.o.metricsFile },
        'metrics snapshot not written',
      );
    }
  }
}
