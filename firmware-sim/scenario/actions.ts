/** What each timeline verb does to a running simulation, and what undoes it after `for:`. */
import type { ActivitySensor } from '../devices/activity-sensor.ts';
import type { DoorSensor } from '../devices/door-sensor.ts';
import type { FallDetector } from '../devices/fall-detector.ts';
import type { DeviceFirmware } from '../devices/firmware.ts';
import type { Pendant } from '../devices/pendant.ts';
import type { PullCord } from '../devices/pull-cord.ts';
import type { SmokeDetector } from '../devices/smoke-detector.ts';
import type { Simulation } from '../simulation.ts';
import type { ScenarioAction } from './schema.ts';

type Act = (
  sim: Simulation,
  device: DeviceFirmware | undefined,
  entry: ScenarioAction,
) => void | Promise<void>;

const ACTIONS: Record<string, { act: Act; undo?: string }> = {
  press: { act: (_s, d) => (d as Pendant).press() },
  test: { act: (_s, d) => (d as Pendant).test() },
  pull: { act: (_s, d) => (d as PullCord).pull() },
  fall: { act: (_s, d) => (d as FallDetector).fall(), undo: 'cancel' },
  cancel: { act: (_s, d) => void (d as FallDetector).cancel() },
  open: { act: (_s, d) => (d as DoorSensor).open(), undo: 'close' },
  close: { act: (_s, d) => (d as DoorSensor).close() },
  smoke: { act: (_s, d) => (d as SmokeDetector).smoke(), undo: 'clear' },
  clear: { act: (_s, d) => (d as SmokeDetector).clear() },
  activity: { act: (_s, d) => (d as ActivitySensor).activity() },
  tamper: { act: (_s, d) => d!.setTamper(true), undo: 'untamper' },
  untamper: { act: (_s, d) => d!.setTamper(false) },
  'battery-die': { act: (_s, d) => d!.killBattery(), undo: 'battery-swap' },
  'battery-swap': { act: (_s, d) => d!.swapBattery() },
  'out-of-range': { act: (s, d) => s.radio.setOutOfRange(d!.id, true), undo: 'in-range' },
  'in-range': { act: (s, d) => s.radio.setOutOfRange(d!.id, false) },
  unplug: { act: (s) => s.unplug(), undo: 'replug' },
  replug: { act: (s) => s.replug() },
  jam: { act: (s) => s.setJamming(true), undo: 'unjam' },
  unjam: { act: (s) => s.setJamming(false) },
  garbage: { act: (s, _d, e) => s.dongle.writeRaw(s.faults.garbageBurst(e.bytes ?? 64)) },
  'clock-jump': { act: (s, _d, e) => s.jumpClock(e.by ?? 3_600_000) },
  'modem-no-sim': { act: (s) => s.setModem({ simPresent: false }), undo: 'modem-ok' },
  'modem-no-coverage': { act: (s) => s.setModem({ registration: 2 }), undo: 'modem-ok' },
  'modem-weak-signal': { act: (s) => s.setModem({ signal: 3 }), undo: 'modem-ok' },
  'modem-ok': { act: (s) => s.setModem({ simPresent: true, registration: 1, signal: 20 }) },
};

/** The "verb [device]" that undoes `doText` after a `for:` duration, if there is one. */
export function undoOf(doText: string): string | undefined {
  const [verb, name] = doText.split(' ') as [string, string | undefined];
  const undo = ACTIONS[verb]?.undo;
  return undo && `${undo}${name ? ` ${name}` : ''}`;
}

/** Runs "verb [device]". */
export async function perform(sim: Simulation, entry: ScenarioAction, doText = entry.do): Promise<void> {
  const [verb, name] = doText.split(' ') as [string, string | undefined];
  const action = ACTIONS[verb];
  if (!action) throw new Error(`unknown verb ${verb}`); // unreachable: the schema allows only known verbs
  sim.emit('event', { type: 'action', action: verb, ...(name ? { device: name } : {}) });
  await action.act(sim, name ? sim.device(name) : undefined, entry);
}
