/**
 * firmware-sim over a real serial link: the simulator owns a socat PTY pair and the test opens
 * the hub's end with node-serialport, answering as a SPEC-only peer. Also: unplug makes the
 * hub's path vanish and replug brings it back; the modem answers a real AT dialogue.
 */
import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { encodeFrame } from '../protocol/serial/index.ts';
import { AckingPeer } from './support/acking-peer.ts';
import { waitFor } from './support/wait-for.ts';

const open = (path: string) =>
  new Promise<SerialPort>((resolve, reject) => {
    const p = new SerialPort({ path, baudRate: 115200 }, (e) => (e ? reject(e) : resolve(p)));
  });

describe('firmware-sim over a real PTY', () => {
  it('plays a scenario; every alarm is ACKed by the peer within its expectation', async () => {
    const scenario = parseScenario(`name: pty
duration: 4s
devices:
  - { name: B1, id: 00A1B2C3, kind: pendant, heartbeat: 1s }
  - { name: P1, id: 00C0DE01, kind: pull_cord, heartbeat: 1s }
timeline:
  - { at: 1s, do: press B1 }
  - { at: 1200ms, do: pull P1 }
  - { at: 2s, do: tamper P1 }
expect:
  - alarms-acked-within: 2s
  - acked-at-least: 3
`);
    const sim = await Simulation.start({ scenario, link: { pty: true } });
    const hub = await open(sim.hubPath!);
    const peer = new AckingPeer((b) => hub.write(b));
    hub.on('data', (b: Buffer) => peer.receive(b));
    hub.write(encodeFrame({ kind: 'receiver_command', seq: 1, command: 'status_request' }));
    const results = await sim.finished;
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(peer.accepted.map((f) => f.statusCode)).toEqual([10, 10, 125]);
    expect(peer.received.some((f) => f.kind === 'device_heartbeat')).toBe(true);
    expect(peer.received.some((f) => f.kind === 'receiver_status')).toBe(true);
    await new Promise((r) => hub.close(r));
    await sim.stop();
  });

  it('unplug makes the port vanish; replug brings it back at the same path', async () => {
    const scenario = parseScenario(
      'name: plug\nduration: 1h\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
    );
    const sim = await Simulation.start({ scenario, link: { pty: true }, timeline: false });
    const path = sim.hubPath!;
    expect(existsSync(path)).toBe(true);
    await sim.unplug();
    expect(existsSync(path)).toBe(false);
    await sim.replug();
    expect(existsSync(path)).toBe(true);
    const hub = await open(path);
    const peer = new AckingPeer((b) => hub.write(b));
    hub.on('data', (b: Buffer) => peer.receive(b));
    // As a gateway does on opening the port: ask the dongle for its status now.
    hub.write(encodeFrame({ kind: 'receiver_command', seq: 1, command: 'status_request' }));
    await waitFor(() => peer.received.some((f) => f.kind === 'receiver_status'), {
      what: 'a receiver_status frame',
    });
    await new Promise((r) => hub.close(r));
    await sim.stop();
  });

  it('the modem holds a real AT dialogue over its own PTY and records the SMS', async () => {
    const scenario = parseScenario(
      'name: modem\nduration: 1h\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
    );
    const sim = await Simulation.start({ scenario, link: { pty: true }, modem: {}, timeline: false });
    const port = await open(sim.modemPath!);
    let text = '';
    port.on('data', (d: Buffer) => {
      text += d.toString('latin1');
    });
    const say = async (s: string, expect: string) => {
      port.write(s);
      await waitFor(() => text.includes(expect), { what: `the output to include ${expect}` });
      text = '';
    };
    await say('ATE0\r', 'OK');
    await say('AT+CPIN?\r', '+CPIN: READY');
    await say('AT+CMGF=1\r', 'OK');
    await say('AT+CMGS="+4791234567"\r', '> ');
    await say('VAKT ALARM 00A1B2C3\x1a', '+CMGS:');
    expect(sim.events.find((e) => e.type === 'sms')).toMatchObject({
      to: '+4791234567',
      text: 'VAKT ALARM 00A1B2C3',
    });
    sim.setModem({ simPresent: false });
    await say('AT+CMGS="+4791234567"\r', '+CMS ERROR: 310');
    await new Promise((r) => port.close(r));
    await sim.stop();
  });
});
