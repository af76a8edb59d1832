/**
 * `vakt test-alarm`: a TEST event through the whole uplink, answered when the platform receipted
 * it. No receipt within the timeout is a TEST_ALARM_FAILED notice (so the response centre sees
 * the hub tried) and an E_TEST_ALARM_TIMEOUT error naming the uplink path in use.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { TypedEmitter } from '../events.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { UplinkEvents } from './uplink.ts';

export interface TestAlarmResult {
  eventId: string;
  roundTripMs: number;
  path: string;
}

/** The uplink as the test alarm sees it: its receipts and the path in use. */
export interface ReceiptSource extends Pick<TypedEmitter<UplinkEvents>, 'on'> {
  readonly activePath: string | undefined;
}

export class TestAlarm {
  constructor(
    private readonly store: Pick<HubStore, 'testEvent' | 'notice'>,
    private readonly uplink: ReceiptSource,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Queues a test event for `deviceId` (0: the hub) and resolves once the platform receipted it. */
  send(deviceId: number, timeoutMs: number): Promise<TestAlarmResult> {
    const started = this.clock.now();
    const eventId = this.store.testEvent(deviceId);
    this.log.info({ eventId, deviceId: hex32(deviceId) }, 'test alarm sent');
    return new Promise((resolve, reject) => {
      const off = this.uplink.on('receipted', (id, info) => {
        if (id !== eventId) return;
        timer.cancel();
        off();
        resolve({ eventId, roundTripMs: this.clock.now() - started, path: info.path ?? 'unknown' });
      });
      const timer = this.clock.setTimer(timeoutMs, () => {
        off();
        reject(this.failed(eventId, deviceId, timeoutMs));
      });
    });
  }

  private failed(eventId: string, deviceId: number, timeoutMs: number): VaktError {
    const s = Math.round(timeoutMs / 1000);
    this.store.notice({
      kind: 'TEST_ALARM_FAILED',
      rootCause: `a test alarm got no receipt from the platform within ${s} s`,
      devices: deviceId ? [deviceId] : [],
      action: 'run vakt diag; check the broker settings and that the response centre receives this hub',
      details: { event_id: eventId },
    });
    this.log.warn({ eventId, deviceId: hex32(deviceId) }, 'test alarm not receipted in time');
    return new VaktError(
      'E_TEST_ALARM_TIMEOUT',
      `no receipt for test alarm ${eventId} within ${s} s (uplink path: ${this.uplink.activePath ?? 'none'})`,
      'run vakt diag to see which step of the uplink fails',
    );
  }
}
