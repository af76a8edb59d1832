/**
 * The hub's configuration file (YAML), one section per stage. Defaults are the documented
 * production defaults (docs/configuration.md); only `hub.id`, `serial.port` and
 * `uplink.primary.url` are required.
 */
import { z } from 'zod';
import { DeviceType, deviceTypeName } from '../../protocol/codes/scaip.ts';
import { DEFAULT_ROOT, HUB_ID, ROOT_LEVEL } from '../../protocol/uplink/topics.ts';
import { brokerSchema } from './broker.ts';
import { duration, durationOrOff, fix, int, path } from './fields.ts';

const DEVICE_TYPE_NAMES = Object.values(DeviceType).map((n) => deviceTypeName(n));

export const configSchema = z.strictObject({
  hub: z.strictObject({
    id: z
      .string({ error: fix('is missing', 'give the hub id printed on the hub, e.g. NO-4630-HUB-000123') })
      .regex(HUB_ID, {
        error: fix(
          'is not a valid hub id',
          'use 1-64 letters, digits, "_" or "-", starting with a letter or digit; "." is no longer allowed (NATS and RabbitMQ cannot carry it): replace it with "-" and re-register the hub (docs/platform.md, migration)',
        ),
      }),
    label: z.string().max(200).optional(),
  }),
  storage: z
    .strictObject({
      dir: path('state directory').default('/var/lib/vakt'),
      minFreeMb: int(64, 1, 1_000_000),
    })
    .default({ dir: '/var/lib/vakt', minFreeMb: 64 }),
  serial: z.strictObject({
    port: z
      .string({
        error: fix(
          'is missing',
          'give the receiver port, e.g. /dev/serial/by-id/usb-Vakt_Receiver-if00',
        ),
      })
      .min(1)
      .refine((p) => p !== 'auto', {
        error: fix(
          'is "auto", which the gateway does not resolve',
          'give the receiver\'s path (vakt provision --serial-port auto writes the port it picks)',
        ),
      }),
    baudRate: int(115200, 1200, 4_000_000),
    receiverLostAfter: duration('35s', 10_000, 600_000),
    reopenMin: duration('1s', 100, 60_000),
    reopenMax: duration('30s', 1000, 600_000),
  }),
  supervision: z
    .strictObject({
      bootGrace: duration('15m', 0, 86_400_000),
      missedHeartbeats: int(3, 2, 20),
      jitterTolerance: z.number().min(0).max(1).default(0.2),
      restoreAfterHeartbeats: int(2, 1, 10),
      periods: z
        .record(
          z.string().refine((k) => DEVICE_TYPE_NAMES.includes(k), {
            message: fix('is not a device type', `use one of ${DEVICE_TYPE_NAMES.join(', ')}`),
          }),
          duration('10m', 60_000, 86_400_000),
        )
        .default({}),
    })
    .default({
      bootGrace: 900_000,
      missedHeartbeats: 3,
      jitterTolerance: 0.2,
      restoreAfterHeartbeats: 2,
      periods: {},
    }),
  uplink: z.strictObject({
    root: z
      .string()
      .refine((r) => r.split('/').every((level) => ROOT_LEVEL.test(level)), {
        error: fix(
          'is not a topic root',
          'use levels of letters, digits, "_" or "-" joined by "/", e.g. vakt/v1 (no ".", space, "+", "#" or "$": not every MQTT engine carries them; docs/platform.md, migration)',
        ),
      })
      .default(DEFAULT_ROOT),
    primary: brokerSchema,
    secondary: brokerSchema.optional(),
    heartbeatInterval: duration('60s', 10_000, 86_400_000),
    receiptTimeout: duration('10s', 1000, 300_000),
    inFlight: int(128, 1, 256),
    failoverAfter: duration('30s', 1000, 600_000),
    reconnectMin: duration('1s', 100, 60_000),
    reconnectMax: duration('5s', 1000, 600_000),
    outageReportAfter: duration('60s', 0, 86_400_000),
    maxOutbox: int(100_000, 100, 10_000_000),
    testAlarmInterval: durationOrOff('24h', 60_000, 7 * 86_400_000),
  }),
  sms: z
    .strictObject({
      modemPort: z.string({ error: fix('is missing', 'give the modem port, e.g. /dev/ttyUSB2') }).min(1),
      numbers: z
        .array(
          z.string().regex(/^\+\d{7,15}$/, {
            error: fix('is not an international number', 'write it as +4791234567 (E.164)'),
          }),
        )
        .min(1, { error: fix('has no numbers', 'add at least one number to receive alarm SMS') }),
      deadline: duration('60s', 10_000, 600_000),
    })
    .optional(),
  commands: z
    .strictObject({
      publicKeys: z
        .array(path('platform public key (.pub from vakt keys generate)'))
        .min(1, { error: fix('has no keys', 'add the platform public key file') }),
    })
    .optional(),
  health: z
    .strictObject({
      powerSupplyDir: z.string().min(1).default('/sys/class/power_supply'),
      mainsLostAfter: duration('30s', 0, 3_600_000),
      hubBatteryLowPercent: int(20, 5, 90),
      stallAfter: duration('5s', 1000, 600_000),
      clockStepAfter: duration('60s', 1000, 86_400_000),
    })
    .default({
      powerSupplyDir: '/sys/class/power_supply',
      mainsLostAfter: 30_000,
      hubBatteryLowPercent: 20,
      stallAfter: 5_000,
      clockStepAfter: 60_000,
    }),
  control: z
    .strictObject({
      socket: path('control socket').default('/run/vakt/control.sock'),
      group: z.string().min(1).optional(),
    })
    .default({ socket: '/run/vakt/control.sock' }),
  log: z
    .strictObject({
      level: z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace'], {
          error: fix('is not a log level', 'use fatal, error, warn, info, debug or trace'),
        })
        .default('info'),
    })
    .default({ level: 'info' }),
});

export type Config = z.output<typeof configSchema>;
