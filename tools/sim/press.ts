/**
 * `vakt sim press DEVICE --port PATH`: a technician's one-shot. Acts as one device behind a
 * dongle on a live port, sends one alarm (or the kind's event) and waits for the hub's ACK,
 * retransmitting as the SPEC says.
 */

import { type SimEvent, Simulation, scenarioSchema } from '../../firmware-sim/index.ts';
import { VaktError } from '../../protocol/errors.ts';
import { parseDeviceId } from '../../protocol/serial/index.ts';
import { formatEvent } from './print-event.ts';

const KIND_ACTIONS: Record<string, string> = {
  pendant: 'press',
  wrist: 'press',
  pull_cord: 'pull',
  fall: 'press',
  smoke: 'smoke',
  door: 'open',
};

export async function pressOnce(
  deviceText: string,
  o: { port: string; kind: string; timeout: string; json?: boolean },
): Promise<number> {
  const id = parseDeviceId(deviceText);
  const action = KIND_ACTIONS[o.kind];
  if (!action)
    throw new VaktError(
      'E_USAGE_KIND',
      `--kind must be one of ${Object.keys(KIND_ACTIONS).join(', ')}. Provided value is ${o.kind}`,
    );
  const timeoutS = Number(o.timeout);
  if (!(timeoutS > 0))
    throw new VaktError(
      'E_USAGE_TIMEOUT',
      `--timeout must be a positive number of seconds. Provided value is ${o.timeout}`,
    );
  const scenario = scenarioSchema.parse({
    name: 'press',
    duration: '1d',
    devices: [{ name: 'D', id: deviceText.replace(/^0x/i, '').padStart(8, '0'), kind: o.kind }],
  });
  const sim = await Simulation.start({ scenario, link: { port: o.port }, timeline: false });
  const device = sim.device(id) as unknown as Record<string, () => void>;
  const settled = new Promise<SimEvent>((resolve) => {
    sim.on('event', (e: SimEvent) => {
      const line = formatEvent(e, Date.now(), !!o.json);
      if (line && e.type !== 'serial_in' && e.type !== 'serial_out') process.stdout.write(`${line}\n`);
      if ((e.type === 'acked' || e.type === 'gave_up') && e.deviceId === id) resolve(e);
    });
  });
  device[action]!();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutS * 1000);
  });
  const result = await Promise.race([settled, timeout]);
  clearTimeout(timer);
  await sim.stop();
  if (result?.type === 'acked') return 0;
  process.stderr.write(
    `vakt: no ACK from the hub for ${deviceText} ${result ? `(${result.type === 'gave_up' ? result.reason : ''})` : `within ${timeoutS} s`}\n  fix: check that the gateway runs on ${o.port} and that the device is paired (vakt devices)\n`,
  );
  return 1;
}
