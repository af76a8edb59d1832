/**
 * What a simulated device's firmware is given: its clocks, randomness, radio, sequence store and
 * event sink (the simulation), and its configuration (the scenario). Kept apart from the firmware's
 * behaviour so the radio, dongle and simulation can name them without the behaviour.
 */
import type { Clock } from '../../protocol/clock.ts';
import type { DeviceEventFrame, DeviceHeartbeatFrame, DeviceKey } from '../../protocol/serial/index.ts';
import type { SimEvent } from '../events.ts';
import type { Random } from '../random.ts';
import type { BatteryOptions } from './battery.ts';
import type { DeviceFirmware } from './firmware.ts';
import type { SeqStore } from './seq-store.ts';

/** The radio as a device sees it: it can only transmit. */
export interface Air {
  transmit(device: DeviceFirmware, frame: DeviceEventFrame | DeviceHeartbeatFrame): void;
}

export interface FirmwareContext {
  /** Scenario time: heartbeats, battery drain, device behaviour (compressed by --speed). */
  clock: Clock;
  /** Link time: ACK timeouts and retransmission backoff (always real time outside tests). */
  linkClock: Clock;
  random: Random;
  air: Air;
  seqStore: SeqStore;
  emit(event: SimEvent): void;
}

export interface DeviceConfig {
  id: number;
  name: string;
  location: number | null;
  /** Heartbeat period in seconds; the kind's default when absent. */
  heartbeatS?: number;
  battery?: BatteryOptions;
  /** Signal strength at the dongle, dBm. */
  rssi?: number;
  /** The link key from the device's install code: the device speaks version 2. Absent: version 1. */
  key?: DeviceKey;
}
