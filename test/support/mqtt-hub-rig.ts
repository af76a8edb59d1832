/**
 * What the MQTT flood, fuzz and 3.1.1 packet-guard tests stand on: a real mosquitto (with the
 * test's extra config lines), the reference receiver as the platform on it, and a real `vakt run`
 * whose pendant B1 is paired and whose first alarm has reached the platform — so a later failure
 * is the flood's doing, not the set-up's.
 */
import { DEBOUNCE_MS } from '../../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../../firmware-sim/devices/pendant.ts';
import { type HubDaemonOptions, startHubDaemon } from './hub-daemon.ts';
import { Mosquitto } from './mosquitto.ts';
import { pairPendantByCli } from './run-cli.ts';
import { platform } from './uplink-rig.ts';
import { elapsed, waitFor } from './wait-for.ts';

export const ROOT = 'vakt/v1';

export interface MqttHubRigOptions {
  hubId: string;
  /** Extra mosquitto.conf lines, e.g. 'message_size_limit 100000000'. */
  mosquitto: string[];
  /** Receiver options beyond the topic root, e.g. the platform's signing key. */
  platform?: Parameters<typeof platform>[1];
  /** `vakt run` options beyond its hub id and broker. */
  hub?: Omit<HubDaemonOptions, 'hubId' | 'broker'>;
}

export async function startMqttHubRig(o: MqttHubRigOptions) {
  const stops: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await s();
  };
  try {
    const broker = await new Mosquitto({ extra: o.mosquitto }).start();
    stops.push(() => broker.stop());
    const p = await platform(broker.url, { root: ROOT, ...o.platform });
    stops.push(() => p.r.stop());
    const hub = await startHubDaemon({ ...o.hub, hubId: o.hubId, broker: broker.url });
    stops.push(() => hub.stop());
    await pairPendantByCli(hub.socket);
    const b1 = hub.sim.device('B1') as Pendant;
    b1.press();
    await waitFor(() => p.handled().length === 1, { what: 'the first alarm at the platform', ms: 20_000 });
    return {
      broker,
      platform: p,
      hub,
      /** The `vakt run` process, whose RSS the tests bound. */
      pid: hub.daemon.child.pid!,
      /** Presses B1 again (past its debounce) and waits for that alarm at the platform. */
      async alarmAgain(what: string, ms = 20_000): Promise<void> {
        const before = p.handled().length;
        await waitFor(elapsed(Date.now(), DEBOUNCE_MS + 200), { what: "the button's debounce to pass" });
        b1.press();
        await waitFor(() => p.handled().length === before + 1, { what, ms });
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
