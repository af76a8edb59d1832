/**
 * `npm start`: the whole system on one machine, in one process tree — the embedded broker
 * (aedes), the reference receiver as the response platform, firmware-sim playing the demo
 * scenario on a real PTY (socat), and the hub daemon `vakt run` as a child process, which this
 * demo watches through its control socket only (without socat: an in-memory link and the gateway
 * in this process, said so in the story — see hub-link.ts). Prints a live story; Ctrl-C stops.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { SimEvent } from '../../firmware-sim/events.ts';
import type { Scenario } from '../../firmware-sim/scenario/schema.ts';
import { loadScenarioFile } from '../../firmware-sim/scenario/load.ts';
import { callGateway } from '../../gateway/control/client.ts';
import { VaktError } from '../../protocol/errors.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import { startEmbeddedBroker } from '../broker/embedded-broker.ts';
import { EventFollower } from '../hub/event-follower.ts';
import { Receiver } from '../receiver/receiver.ts';
import { eventWords } from '../term/event-words.ts';
import { type DemoHub, startDemoHub } from './hub-link.ts';
import { deviceName, say } from './story.ts';

const root = packageRoot();
const HUB = 'DEMO-HUB-1';

/** `vakt receive --json` gives device ids as on the label ("00A1B2C3"). */
function labelId(id: unknown): number {
  return typeof id === 'string' ? Number.parseInt(id, 16) : Number(id);
}

/**
 * The package directory (the `vakt` launcher and the scenarios are there), the same whether this
 * file runs from the sources or from the build in dist/.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'tools/cli/vakt.js'))) {
    if (dirname(dir) === dir)
      throw new Error('the vakt package directory (with tools/cli/vakt.js) not found');
    dir = dirname(dir);
  }
  return dir;
}

type Stop = () => Promise<unknown> | unknown;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-demo-'));
  const scenario = loadScenarioFile(join(root, 'firmware-sim/scenarios/demo.yaml'));
  const names = new Map(scenario.devices.map((d) => [d.id, d.name]));
  const stops: Stop[] = [];
  const stopAll = async () => {
    for (const s of stops.splice(0).reverse()) await Promise.resolve(s()).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };

  const broker = await startEmbeddedBroker({ port: 0 });
  stops.push(() => broker.close());
  say('demo', `embedded MQTT broker (aedes) on ${broker.url}`);

  const receiver = await startPlatform(broker.url, dir, names);
  stops.push(() => receiver.stop());
  say('demo', 'reference receiver subscribed as the response platform');

  const hub = await startDemoHub({ dir, root, scenario, hubId: HUB, brokerUrl: broker.url }).catch(
    async (err: unknown) => {
      await stopAll();
      throw err;
    },
  );
  stops.push(() => hub.stop());
  say('demo', `firmware-sim: ${scenario.devices.length} devices, ${hub.link}`);
  say('hub', `${hub.runs} (hub ${HUB}), control socket ${hub.socket}`);
  await pairDevices(hub, scenario);

  tellSimEvents(hub.sim, names);
  stops.push(await watchHubEvents(hub.socket));
  hub.sim.playTimeline();
  say('demo', 'playing the demo scenario (about 80 s); Ctrl-C stops');

  await untilStopped(stops);
  say('demo', 'stopping');
  await stopAll();
}

/** The reference receiver as the response platform, telling what it receives. */
async function startPlatform(url: string, dir: string, names: Map<number, string>): Promise<Receiver> {
  const receiver = new Receiver({
    url,
    mqtt: { protocolVersion: 4, clientId: 'demo-platform' },
    storeDir: join(dir, 'platform'),
    receiverId: 'demo-platform',
    json: true,
    out: (line) => tellPlatformLine(line, names),
    log: pino({ level: 'silent' }),
  });
  await receiver.start();
  return receiver;
}

function tellPlatformLine(line: string, names: Map<number, string>): void {
  const m = JSON.parse(line) as { kind: string; event: Record<string, unknown> };
  if (m.kind === 'alarm')
    say(
      'platform',
      `received ${eventWords(String(m.event.eventClass), m.event.statusCode as string | number)} from ${deviceName(names, labelId(m.event.deviceId))} (${String(m.event.deviceLabel || '')}) — receipt sent`,
    );
  else if (m.kind === 'technical')
    say(
      'platform',
      `technical ${String(m.event.state).replace('TECHNICAL_STATE_', '').toLowerCase()}: ${String(m.event.kind).replace('TECHNICAL_KIND_', '')} — ${m.event.rootCause}`,
    );
}

/** Pairs every scenario device through the control socket, as an installer would. */
async function pairDevices(hub: DemoHub, scenario: Scenario): Promise<void> {
  for (const d of scenario.devices) {
    const type = hub.sim.device(d.name).deviceType;
    await callGateway(hub.socket, 'pair', {
      deviceId: hex32(d.id),
      deviceType: type,
      label: `${d.name} ${d.location ?? ''}`.trim(),
    });
  }
  say('hub', `paired ${scenario.devices.map((d) => d.name).join(', ')} (an installer would use vakt pair)`);
}

/** Tells what the simulated devices and dongle do. */
function tellSimEvents(sim: DemoHub['sim'], names: Map<number, string>): void {
  sim.on('event', (e: SimEvent) => {
    if (e.type === 'sent' && e.frame.kind === 'device_event' && e.frame.attempt === 0)
      say(
        'device',
        `${deviceName(names, e.deviceId)}: ${eventWords(e.frame.eventClass, e.frame.statusCode)} sent over the radio`,
      );
    else if (e.type === 'acked' && e.eventClass !== 'status')
      say(
        'hub',
        `ACKed ${deviceName(names, e.deviceId)} seq ${e.seq} after ${e.latencyMs} ms (stored durably first)`,
      );
    else if (e.type === 'dongle') say('device', `receiver dongle ${e.state}`);
    else if (e.type === 'action') say('demo', `scenario: ${e.action}${e.device ? ` ${e.device}` : ''}`);
  });
}

/** Polls the hub's events through its control socket and tells them; returns how to stop. */
async function watchHubEvents(socket: string): Promise<Stop> {
  const follower = new EventFollower(socket);
  await follower.start();
  let polling = false; // one poll at a time: a slow answer must not let two polls report the same events
  const watch = setInterval(() => {
    if (polling) return;
    polling = true;
    void follower
      .poll()
      .then((events) => {
        for (const e of events) {
          if (e.kind === 'receipted') say('hub', e.summary.replace(/^(\S+) /, 'event $1 '));
          else if (e.kind.startsWith('technical')) say('hub', `${e.kind.replace('_', ' ')}: ${e.summary}`);
        }
      })
      .catch(() => {})
      .finally(() => {
        polling = false;
      });
  }, 250);
  return () => clearInterval(watch);
}

/** Resolves on Ctrl-C, SIGTERM or when the scenario has had time to play out. */
function untilStopped(stops: Stop[]): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    const end = setTimeout(resolve, 85_000);
    stops.push(() => clearTimeout(end));
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const e = err as VaktError;
    process.stderr.write(`vakt demo: ${e.message}${e.hint ? `\n  fix: ${e.hint}` : ''}\n`);
    process.exit(e instanceof VaktError ? 3 : 70);
  },
);
