/**
 * Control-socket lines for fuzzing and raw clients: generated bad input of every kind, and a
 * client that sends a batch of lines and collects every answer up to a closing marker request.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import fc from 'fast-check';
import { PARAMS } from '../../gateway/control/params.ts';
import { CONTROL_METHODS } from '../../gateway/control/protocol.ts';

const FIELDS = [
  'deviceId',
  'deviceType',
  'label',
  'location',
  'timeoutS',
  'wait',
  'limit',
  'timeoutMs',
  'path',
];

/** Params for `method` that its schema refuses (a valid draw gets an unknown field added). */
const wrongParams = fc
  .tuple(
    fc.constantFrom(...CONTROL_METHODS),
    fc.oneof(
      fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      fc.jsonValue({ maxDepth: 3 }),
    ),
  )
  .map(([method, params]) => {
    const p = params as Record<string, unknown>;
    const valid = PARAMS[method].safeParse(params ?? {}).success;
    return { method, params: valid ? { ...p, unexpected: true } : params };
  });

const request = fc.record({ id: fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), body: wrongParams });

/** One line of input (no newline in it): any JSON, wrong params, truncated or binary. */
export const badLine: fc.Arbitrary<Buffer> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
  },
  {
    weight: 35,
    arbitrary: request.map((r) => Buffer.from(JSON.stringify({ id: r.id, ...r.body }))),
  },
  {
    weight: 10,
    arbitrary: fc
      .record({ id: fc.jsonValue({ maxDepth: 1 }), method: fc.jsonValue({ maxDepth: 1 }) })
      .map((r) => Buffer.from(JSON.stringify(r))),
  },
  {
    weight: 10,
    arbitrary: fc.tuple(request, fc.double({ min: 0, max: 1, noNaN: true })).map(([r, cut]) => {
      const s = JSON.stringify({ id: r.id, ...r.body });
      return Buffer.from(s.slice(0, Math.floor(s.length * cut)));
    }),
  },
  {
    weight: 10,
    arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b.map((x) => (x === 0x0a ? 0 : x)))),
  },
);

/** Large lines still under the 64 KiB limit: a long field, and arrays nested 30,000 deep. */
export const largeLines = (count: number): Buffer[] =>
  Array.from({ length: count }, (_, i) =>
    i % 2
      ? Buffer.from(`${'['.repeat(30_000)}${']'.repeat(30_000)}`)
      : Buffer.from(
          JSON.stringify({ id: i, method: 'events', params: { limit: 'x'.repeat(20_000 + i * 1000) } }),
        ),
  );

/** A line of `n` bytes with no newline: beyond the line limit. */
export const overlongLine = (n: number): Buffer =>
  Buffer.from(randomBytes(n).map((x) => (x === 0x0a ? 1 : x)));

export interface Answer {
  id: unknown;
  result?: unknown;
  error?: { code: string; message: string };
}

/**
 * Sends `lines` then `{"id":marker,"method":"status"}` on one connection and resolves with every
 * answer once the marker's arrived (or the server closed the connection).
 */
export function exchange(path: string, lines: Buffer[], marker = 'end'): Promise<Answer[]> {
  return new Promise((resolve, reject) => {
    const s: Socket = connect(path);
    const answers: Answer[] = [];
    let buffer = '';
    const finish = () => {
      s.destroy();
      resolve(answers);
    };
    s.on('data', (d: Buffer) => {
      buffer += d.toString('utf8');
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        const a = JSON.parse(buffer.slice(0, nl)) as Answer | { event: unknown };
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
        // A fuzzed line may be a valid `subscribe`: what it pushes is not an answer.
        if ('event' in a) continue;
        answers.push(a);
        if (a.id === marker) return finish();
      }
    });
    s.on('close', finish);
    s.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? finish() : reject(err),
    );
    const end = Buffer.from(`\n${JSON.stringify({ id: marker, method: 'status' })}\n`);
    s.write(Buffer.concat([...lines.flatMap((l) => [l, Buffer.from('\n')]), end]));
  });
}

/** A seeded generator of numbers in [0, 1) (mulberry32): mutations are repeatable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `line` cut short, with bytes flipped, or spliced onto another: cheap variety from a pool. */
export function mutate(line: Buffer, other: Buffer, rnd: () => number): Buffer {
  const at = (b: Buffer) => Math.floor(rnd() * (b.length + 1));
  const pick = rnd();
  if (pick < 0.3) return line.subarray(0, at(line));
  if (pick < 0.6) return Buffer.concat([line.subarray(0, at(line)), other.subarray(at(other))]);
  const out = Buffer.from(line);
  for (let i = 0; i < 1 + rnd() * 4 && out.length > 0; i++) {
    const b = Math.floor(rnd() * 256);
    out[Math.floor(rnd() * out.length)] = b === 0x0a ? 0 : b;
  }
  return out;
}
