/**
 * What `vakt receive` says before the first event, as plain text a person reads: which broker
 * and as whom, whether it shares the load in a group, where handled events are kept, and whether
 * its receipts are signed. On stdout, or on stderr with --json (stdout is then events only).
 */
import { isDatabaseUrl } from './store-option.ts';

export interface BannerFacts {
  url: string;
  mqttVersion: string;
  clientId: string;
  username?: string | undefined;
  root: string;
  share?: string | undefined;
  store: string;
  signingKey?: string | undefined;
}

export function receiveBanner(f: BannerFacts): string {
  const as = f.username ? `user ${f.username}` : 'anonymous';
  const rows: [string, string][] = [
    ['broker', `${f.url} (MQTT ${f.mqttVersion}, ${as}, client id ${f.clientId})`],
    [
      'group',
      f.share
        ? `${f.share} — receivers sharing this group split the events ($share/${f.share}/${f.root}/…)`
        : `none — this receiver takes every event under ${f.root}/`,
    ],
    [
      'store',
      isDatabaseUrl(f.store)
        ? `${f.store} (events and hub state in PostgreSQL)`
        : `${f.store}/ (handled event ids, for dedupe across restarts)`,
    ],
    [
      'receipts',
      f.signingKey
        ? `signed with ${f.signingKey}`
        : 'unsigned — hubs configured with platform keys will not act on them (--signing-key)',
    ],
  ];
  return `vakt receive\n${rows.map(([k, v]) => `  ${k.padEnd(9)}${v}`).join('\n')}\nCtrl-C stops.\n`;
}
