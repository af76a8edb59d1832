/**
 * Whether the broker honours `$share` shared subscriptions, probed (tools/receiver/share-probe.ts)
 * with the hub's own credentials on a private topic. The hub itself never needs `$share`; the
 * platform's receiver group does, and on an engine that ignores it (NATS 2.9, RabbitMQ 3.10) the
 * group receives nothing — so a broker that does not honour it is a warning naming the engine.
 * A broker whose ACL refuses the probe is a skip: nothing was learned.
 */
import { brokerOptions } from '../receiver/broker-options.ts';
import { probeShare } from '../receiver/share-probe.ts';
import type { DiagContext } from './context.ts';
import { type DiagRow, pass, skip, warn } from './row.ts';

export async function checkShare(ctx: DiagContext, which: 'primary' | 'secondary'): Promise<DiagRow> {
  const c = ctx.loaded!.config;
  const b = c.uplink[which]!;
  const name = `${which} broker $share`;
  const { url, options, mqttVersion } = brokerOptions({
    broker: b.url,
    ...(b.ca ? { ca: b.ca } : {}),
    ...(b.cert ? { cert: b.cert } : {}),
    ...(b.key ? { key: b.key } : {}),
    ...(b.username ? { username: b.username } : {}),
    mqttVersion: b.mqttVersion,
  });
  delete options.password;
  const secret = ctx.loaded!.secrets[which];
  if (secret !== undefined) options.password = secret;
  options.connectTimeout = ctx.settings.timeoutMs;
  try {
    const p = await probeShare(url, options, mqttVersion, c.uplink.root, ctx.settings.timeoutMs);
    if (p.honoured) return pass(name, `${p.engine}: shared subscriptions honoured (${p.detail})`);
    return warn(
      name,
      `${p.engine} does not honour shared subscriptions: ${p.detail}`,
      'tell the platform operator: a receiver group with $share gets no alarms on this broker; run one receiver with a standby, or an engine that supports $share (docs/platform.md)',
    );
  } catch (err) {
    return skip(name, `not probed — ${(err as Error).message}`);
  }
}
