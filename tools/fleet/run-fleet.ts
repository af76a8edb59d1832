/** The body of `vakt fleet`: flags → Fleet; a live progress line on stderr; the report on stdout. */
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { SystemClock } from '../../gateway/clock/system-clock.ts';
import { parseDuration } from '../../protocol/duration.ts';
import { VaktError } from '../../protocol/errors.ts';
import { brokerOptions } from '../receiver/broker-options.ts';
import { Fleet } from './fleet.ts';
import { fleetReport, formatFleetReport } from './fleet-report.ts';
import { FleetThreads } from './fleet-threads.ts';

/** How long the run waits, after its duration, for events still without a receipt. */
const DRAIN_MS = 15_000;

export interface FleetFlags {
  broker: string;
  mqttVersion?: string;
  hubs: string;
  threads: string;
  idPattern: string;
  usernamePattern?: string;
  passwordPatternFile?: string;
  ramp: string;
  alarmsPerHour: string;
  technicalPerHour: string;
  testsPerHour: string;
  testAlarmEvery: string;
  duration: string;
  heartbeat: string;
  outageEvery?: string;
  outageFor: string;
  outageShare: string;
  json?: boolean;
}

function num(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new VaktError(
      'E_USAGE_ARG',
      `--${flag} must be a number between ${min} and ${max}. Provided value is ${value}`,
    );
  return n;
}

function dur(flag: string, value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined)
    throw new VaktError(
      'E_USAGE_DURATION',
      `--${flag} "${value}" is not a duration`,
      'write it like 30s, 5m, 1h30m',
    );
  return ms;
}

export async function runFleet(f: FleetFlags): Promise<void> {
  const clock = new SystemClock();
  const options = fleetOptions(f, clock);
  const threads = num('threads', f.threads, 1, 64);
  const { clock: _c, log: _l, ...parts } = options;
  const fleet: RunnableFleet =
    threads > 1 ? new FleetThreads({ ...parts, threads, logLevel: 'warn' }) : new Fleet(options);
  const durationMs = dur('duration', f.duration);
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    clock.setTimer(durationMs, () => resolve());
  });
  const tty = process.stderr.isTTY;
  const progress = setInterval(() => {
    const line = `vakt fleet: ${fleet.progressLine()}`;
    process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
  }, 1000);
  await fleet.start();
  fleet.schedule();
  await stopped;
  await drain(fleet, clock);
  clearInterval(progress);
  if (tty) process.stderr.write('\n');
  const report = fleetReport(fleet.stats, fleet.size, fleet.pending);
  await fleet.stop();
  process.stdout.write(`${f.json ? JSON.stringify(report) : formatFleetReport(report)}\n`);
}

/** The flags, checked, as the Fleet's options; a bad flag throws the usage error naming it. */
function fleetOptions(f: FleetFlags, clock: SystemClock): ConstructorParameters<typeof Fleet>[0] {
  const { url, mqttVersion } = brokerOptions({
    broker: f.broker,
    ...(f.mqttVersion ? { mqttVersion: f.mqttVersion } : {}),
  });
  const passwordPattern = f.passwordPatternFile
    ? readFileSync(f.passwordPatternFile, 'utf8').trim()
    : undefined;
  const log = pino(
    { level: 'warn', base: { fleet: true }, redact: ['password', '*.password'] },
    pino.destination(2),
  );
  return {
    url,
    mqttVersion,
    hubs: num('hubs', f.hubs, 1, 100_000),
    idPattern: f.idPattern.includes('{n}') ? f.idPattern : `${f.idPattern}{n}`,
    ...(f.usernamePattern ? { usernamePattern: f.usernamePattern } : {}),
    ...(passwordPattern ? { passwordPattern } : {}),
    rampPerS: num('ramp', f.ramp, 1, 100_000),
    ratePerHubHour: {
      alarm: num('alarms-per-hour', f.alarmsPerHour, 0, 3600),
      technical: num('technical-per-hour', f.technicalPerHour, 0, 3600),
      test: num('tests-per-hour', f.testsPerHour, 0, 3600),
    },
    heartbeatIntervalMs: dur('heartbeat', f.heartbeat),
    testAlarmIntervalMs: testAlarmInterval(f.testAlarmEvery),
    receiptTimeoutMs: 10_000,
    inFlight: 32,
    reconnectMinMs: 1_000,
    reconnectMaxMs: 30_000,
    ...(f.outageEvery
      ? {
          outage: {
            everyMs: dur('outage-every', f.outageEvery),
            forMs: dur('outage-for', f.outageFor),
            share: num('outage-share', f.outageShare, 0, 1),
          },
        }
      : {}),
    clock,
    log,
  };
}

/** `--test-alarm-every`: as `uplink.testAlarmInterval` (1m – 7d, or 0 / off). */
function testAlarmInterval(value: string): number {
  if (value === 'off' || value === '0') return 0;
  const ms = dur('test-alarm-every', value);
  if (ms < 60_000 || ms > 7 * 86_400_000)
    throw new VaktError(
      'E_USAGE_ARG',
      `--test-alarm-every must be between 1m and 7d, or off. Provided value is ${value}`,
    );
  return ms;
}

/** What a run drives: one thread's Fleet or a FleetThreads. */
type RunnableFleet = Pick<
  Fleet,
  'start' | 'schedule' | 'unschedule' | 'stop' | 'pending' | 'size' | 'progressLine' | 'stats'
>;

/** Events raised in the last moments get their receipt time before the report is taken. */
async function drain(fleet: RunnableFleet, clock: SystemClock): Promise<void> {
  fleet.unschedule();
  const drainUntil = clock.now() + DRAIN_MS;
  while (fleet.pending > 0 && clock.now() < drainUntil)
    await new Promise((r) => clock.setTimer(100, () => r(null)));
}
