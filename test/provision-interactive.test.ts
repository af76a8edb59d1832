/**
 * The interactive `vakt provision` dialogue, driven key by key through @inquirer/testing, with
 * real parts behind it: mosquitto with a password file, the simulated receiver on a PTY and the
 * simulated AT modem. A wrong password file fails the live broker check and only the login is
 * asked again; the corrected answer passes and the config is written. Then the real CLI on a
 * real pseudo-terminal (socat), where prompts appear without --yes and Ctrl-C writes nothing.
 */

import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModemPort } from '../firmware-sim/modem/modem-port.ts';
import { SystemClock } from '../gateway/clock/system-clock.ts';
import { loadConfigFile } from '../gateway/config/load.ts';
import { provision } from '../tools/provision/run-provision.ts';
import { type AnsweringReceiver, startAnsweringReceiver } from './support/answering-receiver.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { waitFor } from './support/wait-for.ts';

const HUB = 'NO-4630-HUB-000777';
const PASSWORD = 'Interactive-s3cret';

/** Waits until the screen (the prompt being asked) satisfies `cond`. */
async function screenShows(cond: (s: string) => boolean, what: string): Promise<void> {
  await waitFor(() => cond(screen.getScreen()), { ms: 20_000, what: `the screen to show ${what}` }).catch(
    (e: Error) => {
      throw new Error(`${e.message}; it shows:\n${screen.getScreen()}`);
    },
  );
}

/** Waits until the active prompt (not an answered one) shows `message`. */
const prompt = (message: string) =>
  screenShows((s) => s.startsWith('?') && s.includes(message), `the prompt "${message}"`);

async function answer(message: string, ...keys: (string | { type: string })[]): Promise<void> {
  await prompt(message);
  for (const k of keys) {
    if (typeof k === 'string') screen.keypress(k);
    else screen.type(k.type);
  }
}

describe('vakt provision (interactive)', () => {
  let mosq: Mosquitto;
  let receiver: AnsweringReceiver;
  let modem: ModemPort;
  let dir: string;
  let devDir: string;
  beforeAll(async () => {
    mosq = await new Mosquitto({ users: { [HUB]: PASSWORD } }).start();
    receiver = await startAnsweringReceiver();
    modem = await ModemPort.open({});
    dir = mkdtempSync(join(tmpdir(), 'vakt-provision-i-'));
    writeFileSync(join(dir, 'broker.pw'), `${PASSWORD}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'old.pw'), 'last-years-password\n', { mode: 0o600 });
    devDir = join(dir, 'dev');
    mkdirSync(join(devDir, 'serial', 'by-id'), { recursive: true });
    symlinkSync(receiver.hubPath, join(devDir, 'serial', 'by-id', 'usb-Vakt_Receiver-if00'));
    symlinkSync(modem.hubPath, join(devDir, 'ttyUSB2'));
  });
  afterAll(async () => {
    await modem?.close();
    await receiver?.close();
    await mosq?.stop();
  });

  it('asks every answer, re-asks the login after the broker refuses it, then writes a config that loads', async () => {
    const config = join(dir, 'etc', 'vakt.yaml');
    const out: string[] = [];
    const run = provision(
      { config },
      {
        out: (line) => out.push(line),
        interactive: true,
        env: {},
        devDir,
        clock: new SystemClock(),
      },
    );
    await answer('Hub id', { type: 'bad id!' }, 'enter');
    // The loader's own message, shown at once; the answer is not taken.
    await screenShows((s) => s.includes('is not a valid hub id'), 'the hub id error');
    for (let i = 0; i < 'bad id!'.length; i++) screen.keypress('backspace');
    screen.type(HUB);
    screen.keypress('enter');

    await answer('Primary broker URL', { type: mosq.url }, 'enter');
    await answer('How does the hub log in', 'up', 'enter'); // from "no login" to "username and password"
    await answer('Username', 'enter'); // the hub id, offered as default
    await answer('Where is the password', 'enter'); // in a file
    await answer('Password file', { type: join(dir, 'old.pw') }, 'enter');

    // The live check fails; only the login is asked again, the URL is kept.
    await answer('How does the hub log in', 'enter');
    expect(out.join('\n')).toContain('the broker refused the username/password');
    expect(out.join('\n')).toContain('asking again how the hub logs in');
    await answer('Username', 'enter');
    await answer('Where is the password', 'enter');
    await answer('Password file', { type: join(dir, 'broker.pw') }, 'enter');

    await answer('Add a secondary broker', 'enter');
    await answer('Radio receiver port', 'enter'); // first candidate: the by-id receiver
    await answer('Is there a cellular modem', { type: 'y' }, 'enter');
    await answer('Modem port', 'enter'); // first candidate left: ttyUSB2
    await answer('Numbers that receive alarm SMS', { type: '+4791234567, +4798765432' }, 'enter');
    await answer('Platform public key file', 'enter');
    await answer('State directory', 'enter');
    await answer('Control socket', 'enter');
    await answer(`Write ${config}?`, 'enter');
    const summary = await run;

    expect(summary.written).toBe(true);
    expect(summary.checks.map((c) => [c.name, c.ok])).toEqual([
      ['primary broker', true],
      ['receiver port', true],
      ['modem', true],
    ]);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    const loaded = loadConfigFile(config, {});
    expect(loaded.config.hub.id).toBe(HUB);
    expect(loaded.config.uplink.primary).toMatchObject({
      url: mosq.url,
      username: HUB,
      passwordFile: join(dir, 'broker.pw'),
    });
    expect(loaded.config.serial.port).toBe(join(devDir, 'serial', 'by-id', 'usb-Vakt_Receiver-if00'));
    expect(loaded.config.sms).toMatchObject({
      modemPort: join(devDir, 'ttyUSB2'),
      numbers: ['+4791234567', '+4798765432'],
    });
    expect(loaded.config.uplink.secondary).toBeUndefined();
    const everything = `${out.join('\n')}\n${await screen.getFullOutput()}\n${readFileSync(config, 'utf8')}`;
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('last-years-password');
  });

  it("the receiver's port answered for the modem: said at once and the modem port asked again, nothing lost", async () => {
    const config = join(dir, 'same-port', 'vakt.yaml');
    const out: string[] = [];
    const run = provision(
      { config, skipChecks: true },
      { out: (line) => out.push(line), interactive: true, env: {}, devDir, clock: new SystemClock() },
    );
    const receiverPath = join(devDir, 'serial', 'by-id', 'usb-Vakt_Receiver-if00');
    await answer('Hub id', { type: HUB }, 'enter');
    await answer('Primary broker URL', { type: mosq.url }, 'enter');
    await answer('How does the hub log in', 'enter'); // no login
    await answer('Add a secondary broker', 'enter');
    await answer('Radio receiver port', 'enter'); // the by-id receiver
    await answer('Is there a cellular modem', { type: 'y' }, 'enter');
    await answer('Modem port', 'down', 'enter'); // "another path…"
    await answer('Port path', { type: receiverPath }, 'enter');
    await prompt('Modem port'); // asked again, the answers before it kept
    expect(out.join('\n')).toContain(`${receiverPath} is the receiver's port: the modem needs its own`);
    screen.keypress('enter'); // ttyUSB2
    await answer('Numbers that receive alarm SMS', { type: '+4791234567' }, 'enter');
    await answer('Platform public key file', 'enter');
    await answer('State directory', 'enter');
    await answer('Control socket', 'enter');
    await answer(`Write ${config}?`, 'enter');
    expect((await run).written).toBe(true);
    const loaded = loadConfigFile(config, {});
    expect(loaded.config.hub.id).toBe(HUB);
    expect(loaded.config.serial.port).toBe(receiverPath);
    expect(loaded.config.sms?.modemPort).toBe(join(devDir, 'ttyUSB2'));
  });

  it('on a real terminal: asks without --yes, re-asks the URL nothing listens on, Ctrl-C writes nothing', async () => {
    const config = join(dir, 'pty', 'vakt.yaml');
    const cli = `${process.execPath} tools/cli/vakt.js provision --config ${config} --check-timeout 1`;
    const child = spawn('socat', ['-', `EXEC:${cli},pty,setsid,ctty,stderr`]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const seen = async (text: string, from = 0) => {
      await waitFor(() => out.includes(text, from), {
        ms: 20_000,
        what: `the terminal to show "${text}"`,
      }).catch((e: Error) => {
        throw new Error(`${e.message}:\n${out}`);
      });
      return out.indexOf(text, from);
    };
    await seen('Hub id');
    child.stdin.write(`${HUB}\r`);
    await seen('Primary broker URL');
    child.stdin.write('mqtt://127.0.0.1:1\r');
    await seen('How does the hub log in');
    child.stdin.write('\r'); // no login
    const failedAt = await seen('nothing listens on 127.0.0.1:1');
    await seen('asking again for the URL', failedAt);
    await seen('Primary broker URL', failedAt);
    child.stdin.write('\x03');
    expect(await exit).toBe(1);
    expect(out).toContain('provisioning stopped (Ctrl-C); nothing was written');
    expect(existsSync(config)).toBe(false);
  });
});
