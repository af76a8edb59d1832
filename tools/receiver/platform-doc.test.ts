/** docs/platform.md §8–9 agree with the receiver: the metric names and the worked payload. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleAlarm, v1 } from '../../protocol/uplink/index.ts';
import { ReceiverMetrics } from './metrics.ts';
import { MIGRATIONS } from './postgres/migrations.ts';

const doc = readFileSync(new URL('../../docs/platform.md', import.meta.url), 'utf8');
const section = (n: number) =>
  doc.slice(doc.indexOf(`## ${n}.`), doc.indexOf(`## ${n + 1}.`) >>> 0 || undefined);

describe('docs/platform.md', () => {
  it('§9 lists exactly the metrics the receiver serves', async () => {
    const m = new ReceiverMetrics(
      () => undefined,
      Date.now,
      () => false,
    );
    const served = (await m.registry.getMetricsAsJSON()).map((x) =>
      String(x.type) === 'counter' ? `${x.name}_total` : x.name,
    );
    const documented = [...section(9).matchAll(/^\| `([a-z_]+)` \|/gm)].map((x) => x[1]);
    expect(documented.sort()).toEqual(served.sort());
  });

  it('§8 worked example: the payload hex is the sample alarm, and every table of the schema is named', () => {
    const hex = /```text\n([0-9a-f\n]+)```/.exec(section(8))![1]!.replace(/\n/g, '');
    const a = v1.Alarm.decode(Buffer.from(hex, 'hex'));
    expect(Buffer.from(v1.Alarm.encode(sampleAlarm('NO-4630-HUB-000123', 1)).finish()).toString('hex')).toBe(
      hex,
    );
    expect(a).toMatchObject({ hubId: 'NO-4630-HUB-000123', eventId: 'ev-000001', deviceId: 0x00a1b2c3 });
    for (const [, name] of MIGRATIONS.map((x) => x.sql)
      .join('\n')
      .matchAll(/CREATE (?:TABLE|VIEW) (\w+)/g))
      expect(section(8)).toContain(`\`${name}\``);
  });
});
