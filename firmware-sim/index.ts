/**
 * firmware-sim's public API: start a `Simulation` from a scenario on a port, a PTY or an
 * in-memory link; drive devices; inject faults; observe `SimEvent`s. See README.md.
 */

export { ScaledClock } from './clock/scaled-clock.ts';
export { ActivitySensor } from './devices/activity-sensor.ts';
export { DoorSensor } from './devices/door-sensor.ts';
export { FallDetector } from './devices/fall-detector.ts';
export { DeviceFirmware } from './devices/firmware.ts';
export { simDeviceKey, simInstallCode } from './devices/install-codes.ts';
export { Pendant, WristButton } from './devices/pendant.ts';
export { PullCord } from './devices/pull-cord.ts';
export type { LinkCounters } from './devices/seq-store.ts';
export { FileSeqStore, MemorySeqStore, type SeqStore } from './devices/seq-store.ts';
export { SmokeDetector } from './devices/smoke-detector.ts';
export type { SimEvent } from './events.ts';
export { openPtyPair, type PtyPair } from './link/pty-pair.ts';
export { AtModem, type ModemState, type SentSms } from './modem/at-modem.ts';
export { ModemPort } from './modem/modem-port.ts';
export type { ExpectationResult } from './scenario/expectations.ts';
export { loadScenarioFile, parseScenario, ScenarioError } from './scenario/load.ts';
export type { Scenario, ScenarioInput } from './scenario/schema.ts';
export { scenarioSchema } from './scenario/schema.ts';
export { type LinkChoice, Simulation, type SimulationOptions } from './simulation.ts';
