/**
 * Writes the test vectors (*-frames.json, errors.json, secure-frames.json, verify.json) from the
 * cases in cases-v1.ts and cases-v2.ts, and the vector index table between the markers in SPEC.md
 * §10. Run only when adding vectors: `npx tsx protocol/serial/vectors/generate.ts` (the table is
 * written unpadded; the committed SPEC.md has it padded). The JSON files are then frozen:
 * the vectors test checks the codec against them, so a codec change that alters bytes fails there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Decoded, decodeAll } from '../decoder.ts';
import { encodeFrame } from '../encoder.ts';
import { frameToJson } from '../json.ts';
import { nakFor } from '../nak-rule.ts';
import { DeviceKey } from '../security.ts';
import { MemoryCounterState, verifyFrame } from '../verifier.ts';
import { errorsV1, validV1 } from './cases-v1.ts';
import { errorsV2, validV2, verifyCases } from './cases-v2.ts';

const here = dirname(fileURLToPath(import.meta.url));
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

const valid = [...validV1, ...validV2];
const errors = [...errorsV1, ...errorsV2];

const validVectors = valid.map(([name, description, frame]) => {
  const bytes = encodeFrame(frame);
  const [decoded] = decodeAll(bytes);
  if (!decoded || !('frame' in decoded)) throw new Error(`vector ${name} does not decode`);
  return { name, description, hex: hex(bytes), valid: true, frame: frameToJson(decoded.frame) };
});
const errorVectors = errors.map(([name, description, bytes]) => {
  const out = decodeAll(bytes);
  const first = out.find((d) => 'error' in d);
  if (!first || !('error' in first)) throw new Error(`vector ${name} decodes without error`);
  const nak = nakFor(first.error);
  return {
    name,
    description,
    hex: hex(bytes),
    valid: false,
    error: first.error.code,
    nak: nak && frameToJson(nak),
  };
});
const verifyVectors = verifyCases.map((c) => {
  const [d] = decodeAll(c.wire);
  if (!d || !('frame' in d)) throw new Error(`verify vector ${c.name} does not decode`);
  const counters = new MemoryCounterState();
  if (c.highest !== undefined) counters.accept(d.frame.kind === 'vendor' ? 0 : 0x00a1b2c3, c.highest);
  const r = verifyFrame(
    d as Extract<Decoded, { frame: unknown }>,
    () => (c.key ? DeviceKey.fromHex(c.key) : undefined),
    counters,
  );
  return {
    name: c.name,
    description: c.description,
    hex: hex(c.wire),
    valid: true,
    frame: frameToJson(d.frame),
    ...(c.key ? { key: c.key } : {}),
    ...(c.highest !== undefined ? { highest: c.highest } : {}),
    verify: r.ok ? 'ok' : r.error.code,
  };
});
const isV2 = (v: { frame: unknown }) => (v.frame as { version?: number }).version === 2;
const byKind = (k: string) =>
  validVectors.filter((v) => !isV2(v) && (v.frame as { kind: string }).kind === k);
writeFileSync(
  join(here, 'device-frames.json'),
  `${JSON.stringify([...byKind('device_event'), ...byKind('device_heartbeat')], null, 2)}\n`,
);
writeFileSync(
  join(here, 'gateway-frames.json'),
  `${JSON.stringify([...byKind('ack'), ...byKind('nak'), ...byKind('receiver_command')], null, 2)}\n`,
);
writeFileSync(
  join(here, 'receiver-frames.json'),
  `${JSON.stringify([...byKind('receiver_status'), ...byKind('pairing_result')], null, 2)}\n`,
);
writeFileSync(join(here, 'secure-frames.json'), `${JSON.stringify(validVectors.filter(isV2), null, 2)}\n`);
writeFileSync(join(here, 'vendor-frames.json'), `${JSON.stringify(byKind('vendor'), null, 2)}\n`);
writeFileSync(join(here, 'errors.json'), `${JSON.stringify(errorVectors, null, 2)}\n`);
writeFileSync(join(here, 'verify.json'), `${JSON.stringify(verifyVectors, null, 2)}\n`);

// SPEC.md §10 lists every vector; the spec test checks the list against the files.
const rows = [
  ...validVectors.map((v) => `| ${v.name} | decodes | — |`),
  ...errorVectors.map((v) => `| ${v.name} | \`${v.error}\` | ${v.nak ? nakText(v.nak) : 'silence'} |`),
  ...verifyVectors.map((v) => `| ${v.name} | verify: ${v.verify === 'ok' ? 'ok' : `\`${v.verify}\``} | — |`),
];
function nakText(n: Record<string, unknown>): string {
  return `nak ${n.deviceId} seq ${n.seq} \`${n.reason}\``;
}
const specPath = join(here, '..', 'SPEC.md');
const spec = readFileSync(specPath, 'utf8');
const table = ['| vector | result | the receiver answers |', '| --- | --- | --- |', ...rows].join('\n');
const marked = spec.replace(
  /(<!-- vectors:begin -->\n)[\s\S]*?(<!-- vectors:end -->)/,
  (_m, a: string, b: string) => `${a}${table}\n${b}`,
);
writeFileSync(specPath, marked);
process.stdout.write(
  `${validVectors.length} valid, ${errorVectors.length} error and ${verifyVectors.length} verify vectors written\n`,
);
