/**
 * What the `vakt fleet` tests run against: a real mosquitto (unbounded queues, Nagle off) and the
 * reference receiver on it; and the hub settings their 200-hub fleets share. The fleet's uplinks
 * share this process's event loop, so the receiver's lag limit is raised out of their way: their
 * lag is not the receiver's saturation, and a shed test alarm would only come back after 60 s.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { SystemClock } from '../../gateway/clock/system-clock.ts';
import type { FleetOptions } from '../../tools/fleet/fleet.ts';
import { Receiver } from '../../tools/receiver/receiver.ts';
import { Mosquitto } from './mosquitto.ts';

export const quiet = pino({ level: 'silent' });

/** Starts mosquitto and receiver `id` (its client id too); `out` is given the receiver's JSON lines. */
export async function startFleetPlatform(id: string, out: (line: string) => void = () => {}) {
  const mosq = await new Mosquitto({ extra: ['max_queued_messages 0', 'set_tcp_nodelay true'] }).start();
  const receiver = new Receiver({
    url: mosq.url,
    mqtt: { protocolVersion: 5, clientId: id, reconnectPeriod: 200 },
    storeDir: mkdtempSync(join(tmpdir(), `vakt-${id}-`)),
    receiverId: id,
    json: true,
    limits: { lagMs: 60_000 },
    out,
    log: quiet,
  });
  try {
    await receiver.start();
  } catch (err) {
    await mosq.stop();
    throw err;
  }
  return {
    mosq,
    receiver,
    async stop() {
      await receiver.stop();
      await mosq.stop();
    },
  };
}

/** A fleet on `url` with no random events and the hub settings both fleet tests run with. */
export function fleetOptions(
  url: string,
  o: Pick<FleetOptions, 'hubs' | 'idPattern' | 'rampPerS'> & Partial<FleetOptions>,
): FleetOptions {
  return {
    url,
    ratePerHubHour: { alarm: 0, technical: 0, test: 0 },
    heartbeatIntervalMs: 10_000,
    receiptTimeoutMs: 5_000,
    inFlight: 32,
    reconnectMinMs: 200,
    reconnectMaxMs: 2_000,
    clock: new SystemClock(),
    log: quiet,
    ...o,
  };
}
