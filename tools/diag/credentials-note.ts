/**
 * "primary broker auth FAIL" beside "uplink path PASS" looks like a contradiction: the running
 * daemon is logged in to that broker while diag's own login was refused. Both read the same
 * config, so the credentials differ — almost always a password the service gets from its
 * environment (passwordEnv, set in /etc/vakt/vakt.env by the unit) that this shell lacks, or a
 * password file this user cannot read. This rewrites such an auth row to say so.
 */
import type { BrokerConfig } from '../../gateway/config/broker.ts';
import type { DaemonStatus } from '../hub/daemon-status.ts';
import type { DiagRow } from './row.ts';

export function explainCredentials(
  rows: DiagRow[],
  status: DaemonStatus | undefined,
  brokers: Partial<Record<'primary' | 'secondary', BrokerConfig>>,
): DiagRow[] {
  return rows.map((r) => {
    const path = /^(primary|secondary) broker auth$/.exec(r.check)?.[1] as
      | 'primary'
      | 'secondary'
      | undefined;
    if (!path || r.status !== 'fail') return r;
    if (!status?.uplink.brokers.some((b) => b.path === path && b.connected)) return r;
    const b = brokers[path];
    const source = b?.passwordEnv
      ? `its password comes from $${b.passwordEnv}, which the service gets from /etc/vakt/vakt.env but this shell may not have`
      : b?.passwordFile
        ? `its password is read from ${b.passwordFile}, which this user may not read as the service does`
        : 'the config the daemon started with may differ from this file (restart it after editing: systemctl restart vakt)';
    return {
      ...r,
      detail: `${r.detail} — yet the running daemon is logged in to this broker, so diag's credentials differ from the hub's: ${source}`,
      action: `the hub itself is fine on this broker; to test the login here, run diag as the service does: sudo env $(sudo cat /etc/vakt/vakt.env) vakt diag`,
    };
  });
}
