/**
 * The one way tests wait: poll a condition until it yields a truthy value, or fail naming what
 * was awaited and for how long. Tests never sleep a fixed time hoping something happened.
 */

export interface WaitOptions {
  /** What is awaited, as the timeout message should name it ("the outbox to drain"). */
  what: string;
  /** Give up after this long; 15 s unless told. */
  ms?: number;
  /** Poll period; 20 ms unless told. */
  everyMs?: number;
}

/**
 * Resolves with the first truthy value `condition` returns (sync or async). A throwing condition
 * counts as not yet true — a socket not yet made, a line not yet complete JSON — and its last
 * error is quoted if the wait times out.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { what, ms = 15_000, everyMs = 20 }: WaitOptions,
): Promise<NonNullable<T>> {
  const started = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    const waited = Date.now() - started;
    if (waited >= ms) {
      const why = lastError === undefined ? '' : `; the condition last threw: ${String(lastError)}`;
      throw new Error(`timed out after ${waited} ms waiting for ${what}${why}`, { cause: lastError });
    }
    await new Promise((r) => setTimeout(r, Math.min(everyMs, ms - waited)));
  }
}

/** A condition that holds once `ms` have passed since `since`: for waits that are about time itself. */
export const elapsed = (since: number, ms: number) => () => Date.now() - since >= ms;
