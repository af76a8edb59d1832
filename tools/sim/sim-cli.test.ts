import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SerialPort } from 'serialport';
import { describe, expect, it } from 'vitest';
import { openPtyPair } from '../../firmware-sim/link/pty-pair.ts';
import { AckingPeer } from '../../test/support/acking-peer.ts';

const dir = mkdtempSync(join(tmpdir(), 'vakt-sim-cli-'));
const scenarioFile = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const short = scenarioFile(
  'short.yaml',
  `name: short
duration: 1500ms
devices:
  - { name: B1, id: 00A1B2C3, kind: pendant, heartbeat: 1s }
timeline:
  - { at: 200ms, do: press B1 }
expect:
  - alarms-acked-within: 1s
`,
);
const vakt = (args: string[]) => spawn(process.execPath, ['tools/cli/vakt.js', 'sim', ...args]);
const exit = (c: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((r) => c.on('exit', (code) => r(code)));
const open = (path: string) =>
  new Promise<SerialPort>((resolve, reject) => {
    const p = new SerialPort({ path, baudRate: 115200 }, (e) => (e ? reject(e) : resolve(p)));
  });

describe('vakt sim', () => {
  it('prints the hub port, plays the scenario against a live hub and exits 0 when expectations hold', async () => {
    const child = vakt([short, '--json']);
    const lines = createInterface({ input: child.stdout });
    const events: Array<Record<string, unknown>> = [];
    let peerPort: SerialPort | undefined;
    for await (const line of lines) {
      const e = JSON.parse(line) as Record<string, unknown>;
      events.push(e);
      if (e.type === 'started') {
        peerPort = await open(e.hubPort as string);
        const peer = new AckingPeer((b) => peerPort!.write(b));
        peerPort.on('data', (b: Buffer) => peer.receive(b));
      }
    }
    expect(await exit(child)).toBe(0);
    expect(events.find((e) => e.type === 'acked')).toMatchObject({ deviceId: 0x00a1b2c3, statusCode: 10 });
    expect(events.find((e) => e.type === 'expectation')).toMatchObject({ ok: true });
    await new Promise((r) => peerPort?.close(r));
  });

  it('exits 1 when an expectation fails (no hub ACKs the alarm)', async () => {
    const child = vakt([short]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    expect(await exit(child)).toBe(1);
    expect(out).toContain('FAIL alarms acked within 1s');
  });

  it('exits 2 on an invalid scenario, naming file, line and field', async () => {
    const bad = scenarioFile(
      'bad.yaml',
      'name: bad\nduration: soon\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
    );
    const child = vakt([bad]);
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    expect(await exit(child)).toBe(2);
    expect(err).toContain('bad.yaml: invalid scenario');
    expect(err).toMatch(/2:\d+: duration: must be a duration/);
  });

  it('stops cleanly on SIGINT with exit 0', async () => {
    const long = scenarioFile(
      'long.yaml',
      'name: long\nduration: 1h\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
    );
    const child = vakt([long]);
    await new Promise<void>((r) => child.stdout.once('data', () => r()));
    child.kill('SIGINT');
    expect(await exit(child)).toBe(0);
  });

  it('press: one device event to a live hub, ACKed → exit 0; nobody listening → exit 1', async () => {
    const pair = await openPtyPair();
    const hub = await open(pair.hubPath);
    const peer = new AckingPeer((b) => hub.write(b));
    hub.on('data', (b: Buffer) => peer.receive(b));
    const ok = vakt(['press', '00A1B2C3', '--port', pair.devicePath, '--timeout', '10']);
    expect(await exit(ok)).toBe(0);
    expect(peer.accepted).toMatchObject([{ deviceId: 0x00a1b2c3, eventClass: 'alarm', statusCode: 10 }]);
    await new Promise((r) => hub.close(r));
    const lonely = vakt(['press', '00A1B2C3', '--port', pair.devicePath, '--timeout', '3']);
    let err = '';
    lonely.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    expect(await exit(lonely)).toBe(1);
    expect(err).toContain('no ACK from the hub');
    await pair.close();
  });
});

describe('vakt sim console', () => {
  it('acts on verbs and faults typed on standard input while the scenario runs', async () => {
    const f = scenarioFile(
      'console.yaml',
      'name: console\nduration: 3s\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
    );
    const child = vakt([f, '--json']);
    const events: Array<Record<string, unknown>> = [];
    for await (const line of createInterface({ input: child.stdout })) {
      const e = JSON.parse(line) as Record<string, unknown>;
      events.push(e);
      if (e.type === 'started') child.stdin.write('fault bit-error 2%\npress B1\nbogus\n');
    }
    expect(await exit(child)).toBe(0);
    expect(events.find((e) => e.type === 'fault')).toMatchObject({ fault: 'bit-error', active: true });
    expect(events.find((e) => e.type === 'action')).toMatchObject({ action: 'press', device: 'B1' });
    expect(
      events.find((e) => e.type === 'sent' && (e.frame as { kind: string }).kind === 'device_event'),
    ).toBeDefined();
    expect(events.find((e) => e.type === 'console')).toMatchObject({
      message: expect.stringContaining('unknown command "bogus"'),
    });
  });
});
