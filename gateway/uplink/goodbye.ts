/**
 * A broker link's clean goodbye: OFFLINE published (retained), then an MQTT DISCONNECT so the
 * broker discards the last will instead of publishing a second OFFLINE. Each step waits at most
 * STOP_STEP_MS; a broker that does not answer gets the socket closed (and then publishes the
 * will, which says the same). Unreceipted events stay in the outbox.
 */
import type { MqttClient } from 'mqtt';
import type { Clock } from '../../protocol/clock.ts';

/** Longest wait for each step of a clean goodbye (OFFLINE's PUBACK, then the DISCONNECT). */
const STOP_STEP_MS = 1000;

/** `offline` publishes the OFFLINE state; undefined when the connection was never up. */
export async function goodbye(
  c: MqttClient,
  offline: (() => Promise<unknown>) | undefined,
  clock: Clock,
): Promise<void> {
  if (offline)
    await within(
      offline().then(() => true),
      clock,
    ).catch(() => false);
  const ended = await within(new Promise<boolean>((r) => c.end(!offline, {}, () => r(true))), clock);
  if (!ended) c.stream?.destroy();
}

/** `p`, or false after STOP_STEP_MS. */
function within(p: Promise<boolean>, clock: Clock): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const timer = clock.setTimer(STOP_STEP_MS, () => resolve(false));
    p.then(
      (v) => {
        timer.cancel();
        resolve(v);
      },
      (err: unknown) => {
        timer.cancel();
        reject(err);
      },
    );
  });
}
