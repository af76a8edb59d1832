/**
 * `npm start`: the whole system on one machine, in one process tree — the embedded broker
 * (aedes), the reference receiver as the response platform, firmware-sim playing the demo
 * scenario on a real PTY (socat), and the hub daemon `vakt run` as a child process, which this
 * demo follows through its control socket only, by `subscribe` (without socat: an in-memory link
 * and the gateway in this process, said so in the story — see hub-link.ts). Prints a live story,
 * each step explained as it happens (narration.ts), then a summary (tally.ts) and the next step.
 * Under a minute; Ctrl-C stops it early, with the summary of what happened so far.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { Scenario } from '../../firmware-sim/scenario/schema.ts';
import { loadScenarioFile } from '../../firmware-sim/scenario/load.ts';
import { callGateway } from '../../gateway/control/client.ts';
import { subscribeGateway } from '../../gateway/control/subscribe-client.ts';
import { LocationCode } from '../../protocol/codes/scaip.ts';
import { VaktError } from '../../protocol/errors.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import { startEmbeddedBroker } from '../broker/embedded-broker.ts';
import { Receiver } from '../receiver/receiver.ts';
import { eventWords, technicalWords } from '../term/event-words.ts';
import { type DemoHub, startDemoHub } from './hub-link.ts';
import { tellHubEvent, tellSimEvents } from './narration.ts';
import { deviceName, say } from './story.ts';
import { DemoTally } from './tally.ts';

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

  // The hub starts while the platform subscribes: a newcomer waits for the slower one only.
  const hubStarting = startDemoHub({ dir, root, scenario, hubId: HUB, brokerUrl: broker.url });
  hubStarting.catch(() => {}); // its failure is reported below, once the platform is up or failed
  const receiver = await startPlatform(broker.url, dir, names).catch(async (err: unknown) => {
    await hubStarting.then((h) => h.stop()).catch(() => {});
    await stopAll();
    throw err;
  });
  stops.push(() => receiver.stop());
  say('demo', 'reference receiver subscribed as the response platform');

  const hub = await hubStarting.catch(async (err: unknown) => {
    await stopAll();
    throw err;
  });
  stops.push(() => hub.stop());
  say('demo', `firmware-sim: ${scenario.devices.length} devices, ${hub.link}`);
  say('hub', `${hub.runs} (hub ${HUB}), control socket ${hub.socket}`);
  await pairDevices(hub, scenario);

  const tally = new DemoTally();
  const sub = await subscribeGateway(hub.socket, (e) => {
    tally.add(e);
    tellHubEvent(e);
  });
  stops.push(() => sub.close());
  tellSimEvents(hub.sim, names, scenario);
  hub.sim.playTimeline();
  say(
    'demo',
    `playing the demo scenario (${scenario.duration / 1000} s), followed through the hub's control socket; Ctrl-C stops`,
  );

  const interrupted = await untilDone(hub.sim.finished, tally);
  say('demo', interrupted ? 'stopping' : 'the scenario is over; stopping');
  tellSummary(tally);
  await stopAll();
}

/** Resolves when the scenario has played out and its alarms are receipted (a few seconds' grace), or on Ctrl-C; true when interrupted. */
function untilDone(finished: Promise<unknown>, tally: DemoTally): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    process.once('SIGINT', () => resolve(true));
    process.once('SIGTERM', () => resolve(true));
    void finished.then(async () => {
      for (let i = 0; i < 50 && tally.unreceiptedAlarms > 0; i++)
        await new Promise((r) => setTimeout(r, 100));
      resolve(false);
    });
  });
}

/** The closing summary and where to go next. */
function tellSummary(tally: DemoTally): void {
  process.stdout.write(
    `\nSummary\n${tally
      .summary()
      .map((l) => `  ${l}`)
      .join('\n')}\n`,
  );
  process.stdout.write(
    '\nNext: set up a real hub — docs/installer.md walks through it (vakt provision, pairing, vakt diag).\n',
  );
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
      `received ${eventWords(String(m.event.eventClass), m.event.statusCode as string | number)} from ${deviceName(names, labelId(m.event.deviceId))} — receipt sent`,
    );
  else if (m.kind === 'technical')
    say(
      'platform',
      `received ${m.event.state === 'TECHNICAL_STATE_NOTICE' ? 'notice' : `technical alarm ${String(m.event.state).replace('TECHNICAL_STATE_', '').toLowerCase()}`}: ${technicalWords(String(m.event.kind))} — ${m.event.rootCause} — receipt sent`,
    );
}

/** Pairs every scenario device through the control socket, as an installer would. */
async function pairDevices(hub: DemoHub, scenario: Scenario): Promise<void> {
  await Promise.all(
    scenario.devices.map((d) => {
      const location =
        typeof d.location === 'number'
          ? d.location
          : LocationCode[d.location?.toUpperCase() as keyof typeof LocationCode];
      return callGateway(hub.socket, 'pair', {
        allowUnauthenticated: true,
        deviceId: hex32(d.id),
        deviceType: hub.sim.device(d.name).deviceType,
        label: d.name,
        ...(location !== undefined ? { location } : {}),
      });
    }),
  );
  say('hub', `paired ${scenario.devices.map((d) => d.name).join(', ')} (an installer would use vakt pair)`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const e = err as VaktError;
    process.stderr.write(`vakt demo: ${e.message}${e.hint ? `\n  fix: ${e.hint}` : ''}\n`);
    process.exit(e instanceof VaktError ? 3 : 70);
  },
);
