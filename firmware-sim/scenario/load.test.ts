import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, parseScenario } from './load.ts';

const good = `name: t
duration: 1h
devices:
  - { name: B1, id: 00A1B2C3, kind: pendant, location: bedroom }
  - { name: D1, id: 0000D001, kind: door }
timeline:
  - { at: 30s, do: press B1 }
  - { at: 2h, do: open D1, for: 20m }
  - { from: 10m, to: 20m, fault: bit-error, rate: 1% }
expect:
  - alarms-acked-within: 2s
`;

function problems(text: string): string {
  try {
    parseScenario(text, 'x.yaml');
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
}

describe('scenario files', () => {
  it('parses durations, rates, ids and locations', () => {
    const s = parseScenario(good);
    expect(s.duration).toBe(3600_000);
    expect(s.devices[0]).toMatchObject({
      id: 0x00a1b2c3,
      kind: 'pendant',
      location: 'bedroom',
      paired: false,
    });
    expect(s.timeline[1]).toEqual({ at: 7200_000, do: 'open D1', for: 1200_000 });
    expect(s.timeline[2]).toMatchObject({ fault: 'bit-error', rate: 0.01 });
    expect(s.expect).toEqual([{ 'alarms-acked-within': 2000 }]);
  });

  it('names file, line and field for a bad duration', () => {
    expect(problems(good.replace('at: 30s', 'at: 30 seconds'))).toMatch(
      /x\.yaml: invalid scenario\n {2}7:\d+: timeline\.0\.at: must be a duration/,
    );
  });

  it('names file, line and field for an unknown device kind', () => {
    expect(problems(good.replace('kind: door', 'kind: window'))).toMatch(
      /5:\d+: devices\.1\.kind: must be one of pendant, wrist/,
    );
  });

  it('names a bad device id', () => {
    expect(problems(good.replace('00A1B2C3', 'A1B2C3'))).toMatch(
      /4:\d+: devices\.0\.id: must be 8 hex digits/,
    );
  });

  it('rejects a verb for an unknown device, naming the devices there are', () => {
    expect(problems(good.replace('press B1', 'press B9'))).toMatch(
      /7:\d+: timeline\.0\.do: no device named "B9" \(devices: B1, D1\)/,
    );
  });

  it('rejects a verb that does not fit the device kind', () => {
    expect(problems(good.replace('press B1', 'open B1'))).toMatch(
      /timeline\.0\.do: "open" does not apply to B1, a pendant/,
    );
  });

  it('rejects unknown fields, fault windows that end before they start, and bad rates', () => {
    expect(problems(good.replace('name: t', 'name: t\ncolour: red'))).toMatch(/colour|Unrecognized key/i);
    expect(problems(good.replace('to: 20m', 'to: 5m'))).toMatch(/timeline\.2\.to: "to" must be after "from"/);
    expect(problems(good.replace('rate: 1%', 'rate: 150%'))).toMatch(/timeline\.2(\.rate)?: /);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('name: t\ndevices: [\n')).toMatch(/x\.yaml: invalid scenario\n {2}\d+:\d+: /);
  });

  it('reports an unreadable file with a typed error', () => {
    expect(() => loadScenarioFile('/nonexistent.yaml')).toThrow(
      expect.objectContaining({ code: 'E_FILE_SCENARIO' }),
    );
  });

  it('every shipped scenario is valid', () => {
    const dir = 'firmware-sim/scenarios';
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(() => loadScenarioFile(join(dir, f))).not.toThrow();
  });
});
