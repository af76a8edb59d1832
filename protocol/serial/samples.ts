/**
 * Named sample frames: the SPEC's worked examples, the demo, the vector generator and tests all
 * start from these, so an example means the same bytes everywhere.
 */
import type { DeviceEventFrame, DeviceHeartbeatFrame, ReceiverStatusFrame } from './frame.ts';

/** Device 00A1B2C3, a pendant, pressed in the bedroom: the SPEC's first worked example. */
export const samplePendantAlarm: DeviceEventFrame = {
  kind: 'device_event',
  deviceId: 0x00a1b2c3,
  deviceType: 3,
  seq: 7,
  eventClass: 'alarm',
  statusCode: 10,
  battery: 87,
  rssi: -62,
  uptime: 3600,
  attempt: 0,
  location: 12,
};

export const samplePendantHeartbeat: DeviceHeartbeatFrame = {
  kind: 'device_heartbeat',
  deviceId: 0x00a1b2c3,
  deviceType: 3,
  seq: 8,
  battery: 87,
  rssi: -62,
  uptime: 4200,
  tamper: false,
  batteryLow: false,
  period: 600,
};

export const sampleReceiverStatus: ReceiverStatusFrame = {
  kind: 'receiver_status',
  receiverId: 0x52c0ffee,
  seq: 1,
  firmware: '1.4',
  uptime: 86400,
  learnMode: false,
  jamming: false,
  rxOverflow: false,
  noise: -105,
  pairedCount: 3,
};
