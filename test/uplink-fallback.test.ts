/**
 * The SMS fallback with the real modem driver against firmware-sim's modem over a PTY: an alarm
 * no broker receipted within the deadline goes by SMS (documented format), MQTT follows with the
 * same event id and path = SMS; nothing is sent while the uplink is healthy; modem faults are
 * technical alarms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SentSms } from '../firmware-sim/modem/at-modem.ts';
import { ModemPort } from '../firmware-sim/modem/modem-port.ts';
import { SystemClock } from '../gateway/clock/system-clock.ts';
import { Modem } from '../gateway/fallback/modem.ts';
import { formatSms } from '../gateway/fallback/modem-adapter.ts';
import { SmsFallback } from '../gateway/fallback/sms-fallback.ts';
import { parseSms } from '../protocol/sms/format.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { freePort } from './support/free-port.ts';
import { elapsed, waitFor } from './support/wait-for.ts';
import { HubRig, platform, quiet, uplinkSettings } from './support/uplink-rig.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The fallback's deadline and probe period; the tests that check nothing is sent wait these out. */
const DEADLINE_MS = 2000;
const PROBE_MS = 500;

async function rig(brokerPort: number) {
  const sms: SentSms[] = [];
  const modemPort = await ModemPort.open({ onSms: (s) => sms.push(s) });
  cleanup.push(() => modemPort.close());
  const hub = new HubRig(uplinkSettings(`mqtt://127.0.0.1:${brokerPort}`));
  cleanup.push(() => hub.stop());
  const modem = new Modem(modemPort.hubPath, new SystemClock(), quiet);
  cleanup.push(() => modem.close());
  const fallback = new SmsFallback(
    hub.store,
    modem,
    formatSms,
    { numbers: ['+4791234567', '+4798765432'], deadlineMs: DEADLINE_MS, probeEveryMs: PROBE_MS },
    new SystemClock(),
    quiet,
  );
  cleanup.push(() => fallback.stop());
  return { sms, modemPort, hub, fallback };
}

describe('SMS fallback', () => {
  it('no broker for longer than the deadline: the alarm (only) goes by SMS, then by MQTT with the same event id', async () => {
    const port = await freePort();
    const { sms, hub, fallback } = await rig(port);
    hub.uplink.start();
    fallback.start();
    const acceptedAt = Date.now();
    const [alarm] = hub.accept(1, 'alarm');
    hub.accept(1, 'status');
    await waitFor(() => sms.length === 2, { ms: 15_000, what: 'two SMS (one per recipient)' });
    expect(sms.map((s) => s.to)).toEqual(['+4791234567', '+4798765432']);
    const parsed = parseSms(sms[0]!.text);
    expect(parsed).toMatchObject({ hubId: 'H-UPLINK', deviceId: 0x00a1b2c3, statusCode: 10, eventId: alarm });
    await waitFor(elapsed(acceptedAt, 2 * DEADLINE_MS + PROBE_MS), {
      what: "the status event's deadline, twice over",
    });
    expect(sms).toHaveLength(2); // once per alarm; the status event never goes by SMS
    const broker = await startEmbeddedBroker({ port });
    cleanup.push(() => broker.close());
    const p = await platform(broker.url);
    cleanup.push(() => p.r.stop());
    await waitFor(() => hub.store.outboxStats().depth === 0, {
      ms: 20_000,
      what: 'the outbox to drain over MQTT',
    });
    const viaMqtt = p.handled().find((e) => e.eventId === alarm);
    expect(viaMqtt).toMatchObject({ path: 'DELIVERY_PATH_SMS' });
    expect(p.handled('technical').map((t) => t.kind)).toContain('TECHNICAL_KIND_DELIVERY_FELL_BACK');
  }, 60_000);

  it('never sends an SMS while the uplink is healthy', async () => {
    const broker = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => broker.close());
    const p = await platform(broker.url);
    cleanup.push(() => p.r.stop());
    const { sms, hub, fallback } = await rig(broker.port);
    hub.uplink.start();
    fallback.start();
    const acceptedAt = Date.now();
    const ids = hub.accept(20, 'alarm');
    await waitFor(() => p.handled().length === 20, { ms: 15_000, what: 'the platform to handle 20 alarms' });
    await waitFor(elapsed(acceptedAt, 2 * DEADLINE_MS + PROBE_MS), { what: 'the deadline, twice over' });
    expect(
      p
        .handled()
        .map((e) => e.eventId)
        .sort(),
    ).toEqual([...ids].sort());
    expect(sms).toEqual([]);
  }, 30_000);

  it('modem without SIM or coverage: one MODEM_FAULT, cleared when it recovers; a refused SMS is retried', async () => {
    const port = await freePort();
    const { sms, modemPort, hub, fallback } = await rig(port);
    modemPort.modem.state.simPresent = false;
    fallback.start();
    await waitFor(() => hub.store.openTechnicalAlarms().some((t) => t.kind === 'MODEM_FAULT'), {
      ms: 10_000,
      what: 'a MODEM_FAULT technical alarm',
    });
    expect(hub.store.openTechnicalAlarms().find((t) => t.kind === 'MODEM_FAULT')?.rootCause).toMatch(/SIM/);
    const acceptedAt = Date.now();
    hub.accept(1, 'alarm');
    await waitFor(elapsed(acceptedAt, DEADLINE_MS + 2 * PROBE_MS), { what: 'the deadline and two probes' });
    expect(sms).toEqual([]);
    modemPort.modem.state.simPresent = true;
    await waitFor(() => sms.length === 2, { ms: 30_000, what: 'two SMS once the SIM is back' });
    await waitFor(() => !hub.store.openTechnicalAlarms().some((t) => t.kind === 'MODEM_FAULT'), {
      ms: 10_000,
      what: 'the MODEM_FAULT to clear',
    });
    modemPort.modem.state.registration = 0;
    await waitFor(() => hub.store.openTechnicalAlarms().some((t) => /not registered/.test(t.rootCause)), {
      ms: 10_000,
      what: `a 'not registered' technical alarm`,
    });
  }, 60_000);
});
