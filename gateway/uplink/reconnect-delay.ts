/**
 * When a hub tries its broker again (docs/uplink.md, "Reconnect"). Two needs pull apart: one hub
 * should be back within seconds of its broker's return, and a fleet that lost the broker at the
 * same instant must not come back at the same instant.
 *
 * - Attempt 0 (right after a loss): uniform in [0, min]. A broker restart costs a hub well under
 *   a second, and a fleet's first wave is spread over `min`.
 * - Attempt n: full jitter, uniform in [0, min(max, min · 2^n)]. Hubs drift apart instead of
 *   retrying in step, and the cap bounds how long a hub waits after the broker is back: at most
 *   `max` (half of it on average) — with the default 5 s, a fleet of N hubs reconnects at about
 *   N / 5 connections a second, spread evenly over those 5 s.
 */
export function reconnectDelay(
  attempt: number,
  minMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, minMs * 2 ** Math.min(attempt, 30));
  return random() * ceiling;
}
