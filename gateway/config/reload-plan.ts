/**
 * What a new config changes on a running hub, and how each change can be applied (control
 * `reload`, docs/control-socket.md). Live changes rebuild the uplink side (broker links, sending
 * window, inventory, test alarm, SMS fallback, remote commands) and retune supervision, while the
 * serial link, ingest, registry, store and control socket stay up: the outbox is the store, so
 * nothing queued is lost and no device frame goes unanswered. Changes to what the intake side or
 * the process itself was built from (hub id, serial port, storage, control socket, health, log)
 * need a controlled restart of the gateway.
 */
import { isDeepStrictEqual } from 'node:util';
import type { LoadedConfig } from './load.ts';
import type { Config } from './schema.ts';

/** Sections applied without touching the serial link. */
const LIVE_SECTIONS = ['uplink', 'sms', 'commands', 'supervision'] as const;
/** `hub.label` is only shown; `hub.id` names every topic, log line and stored event. */
const LIVE_FIELDS = new Set(['hub.label']);

export interface ReloadPlan {
  /** Changed fields (dotted paths) that are applied live. */
  live: string[];
  /** Changed fields that need the gateway restarted (the outbox is kept). */
  restart: string[];
}

export function reloadPlan(before: LoadedConfig, after: LoadedConfig): ReloadPlan {
  const changed = changedPaths(before.config, after.config);
  for (const which of ['primary', 'secondary'] as const)
    if (before.secrets[which] !== after.secrets[which]) changed.add(`uplink.${which}.password`);
  const live: string[] = [];
  const restart: string[] = [];
  for (const path of [...changed].sort()) {
    const section = path.split('.')[0] as keyof Config;
    const isLive = (LIVE_SECTIONS as readonly string[]).includes(section) || LIVE_FIELDS.has(path);
    (isLive ? live : restart).push(path);
  }
  return { live, restart };
}

/**
 * Dotted paths of the leaves that differ, down to a section's fields: `uplink.primary` rather
 * than each of its URL parts, since a broker is applied as a whole.
 */
function changedPaths(a: Config, b: Config): Set<string> {
  const out = new Set<string>();
  const sections = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Config>;
  for (const s of sections) {
    const x = a[s] as Record<string, unknown> | undefined;
    const y = b[s] as Record<string, unknown> | undefined;
    if (isDeepStrictEqual(x, y)) continue;
    if (!x || !y) {
      out.add(s);
      continue;
    }
    for (const f of new Set([...Object.keys(x), ...Object.keys(y)]))
      if (!isDeepStrictEqual(x[f], y[f])) out.add(`${s}.${f}`);
  }
  return out;
}
