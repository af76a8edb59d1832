/**
 * `vakt pair`: learn mode with a countdown ("press the button now"); the first device new to this
 * hub is paired with the label and location given (devices already paired that are heard
 * meanwhile keep their label, and the output says so). Ctrl-C ends learn mode on the hub before
 * exiting. `--device ID` pairs a device that was already heard (or with --type, one that was not)
 * without learn mode, and re-pairs or relabels a paired one (what is not given is kept).
 */
import { callGateway } from '../../gateway/control/client.ts';
import { VaktError } from '../../protocol/errors.ts';
import { print } from './format.ts';
import { type SocketOptions, socketPath } from './socket.ts';

export interface PairOptions extends SocketOptions {
  device?: string;
  type?: string;
  label?: string;
  location?: string;
  timeout: string;
  json?: boolean;
  /** The install code printed on the device (SPEC §8): its frames will be verified. */
  installCode?: string;
  /** No install code: the installer allows a version-1, unauthenticated device (SPEC §4.7). */
  allowUnauthenticated?: boolean;
}

/** What pairing is given besides the device: its install code, or the explicit allow. */
function pairingParams(o: PairOptions): Record<string, unknown> {
  return {
    ...(o.installCode ? { installCode: o.installCode } : {}),
    ...(o.allowUnauthenticated ? { allowUnauthenticated: true } : {}),
  };
}

export async function runPair(o: PairOptions): Promise<void> {
  const socket = socketPath(o);
  const location = parseLocation(o.location);
  if (o.device) return pairDevice(socket, o, o.device, location);
  const timeoutS = parseTimeout(o.timeout);
  // Said before "press the button now": the hub would refuse the learn mode anyway.
  if (!o.installCode && !o.allowUnauthenticated)
    throw new VaktError(
      'E_PAIR_UNAUTHENTICATED',
      'no install code given: a device is paired with the install code printed on its label',
      'give --install-code "CODE"; for a version-1 device that has none, --allow-unauthenticated (its frames cannot be verified)',
    );
  const interactive = !o.json && process.stdout.isTTY;
  if (!o.json)
    process.stdout.write(`Learn mode for ${timeoutS} s: press the button on the new device now.\n`);
  const ticker = interactive ? startCountdown(timeoutS) : undefined;
  // Ctrl-C: the hub must not stay in learn mode, pairing whatever transmits next.
  let interrupted: () => void = () => {};
  const interrupt = new Promise<'interrupted'>((resolve) => {
    interrupted = () => resolve('interrupted');
  });
  process.once('SIGINT', interrupted);
  try {
    const r = await Promise.race([learn(socket, o, timeoutS, location), interrupt]);
    if (interactive) process.stdout.write('\n');
    if (r === 'interrupted') {
      await callGateway(socket, 'learn-leave', {}, 5_000);
      throw new VaktError(
        'E_ABORTED',
        'pairing interrupted: learn mode ended on the hub',
        'run vakt pair again',
      );
    }
    reportLearned(o, r, timeoutS);
  } finally {
    process.off('SIGINT', interrupted);
    if (ticker) clearInterval(ticker);
  }
}

function parseLocation(value: string | undefined): number | undefined {
  const location = value === undefined ? undefined : Number(value);
  if (location !== undefined && !Number.isInteger(location))
    throw new VaktError(
      'E_USAGE_LOCATION',
      `--location "${value}" is not a SCAIP location code`,
      'e.g. 11 bathroom, 12 bedroom, 21 kitchen, 39 front door',
    );
  return location;
}

function parseTimeout(value: string): number {
  const timeoutS = Number(value);
  if (!Number.isInteger(timeoutS) || timeoutS < 10 || timeoutS > 600)
    throw new VaktError(
      'E_USAGE_TIMEOUT',
      `--timeout ${value} is outside 10..600 seconds`,
      'e.g. --timeout 60',
    );
  return timeoutS;
}

/** `--device ID`: pairs, re-pairs or relabels without learn mode. */
async function pairDevice(
  socket: string,
  o: PairOptions,
  device: string,
  location: number | undefined,
): Promise<void> {
  const r = await callGateway(socket, 'pair', {
    deviceId: device,
    ...pairingParams(o),
    ...(o.type ? { deviceType: Number(o.type) } : {}),
    ...(o.label ? { label: o.label } : {}),
    ...(location !== undefined ? { location } : {}),
  });
  const change = (r as { change?: string }).change ?? 'paired';
  return print(o.json, r, () => `${change} ${device}`);
}

function startCountdown(timeoutS: number): ReturnType<typeof setInterval> {
  const started = Date.now();
  return setInterval(() => {
    const left = Math.max(0, timeoutS - Math.round((Date.now() - started) / 1000));
    process.stdout.write(`\r  waiting… ${left} s left `);
  }, 1000);
}

/** Learn mode on the hub, answered when a device is paired or learn mode ends. */
function learn(
  socket: string,
  o: PairOptions,
  timeoutS: number,
  location: number | undefined,
): Promise<LearnResult> {
  return callGateway(
    socket,
    'learn',
    {
      timeoutS,
      wait: true,
      ...pairingParams(o),
      ...(o.label ? { label: o.label } : {}),
      ...(location !== undefined ? { location } : {}),
    },
    (timeoutS + 15) * 1000,
  ) as Promise<LearnResult>;
}

/** Prints the paired device, or throws E_PAIR_FAILED saying why learn mode paired nothing. */
function reportLearned(o: PairOptions, r: LearnResult, timeoutS: number): void {
  for (const note of r.notes ?? []) if (!o.json) process.stdout.write(`  note: ${note}\n`);
  if (r.result === 'paired') {
    print(
      o.json,
      r,
      () =>
        `Paired device ${r.deviceId} (type ${r.deviceType})${o.label ? ` as "${o.label}"` : ''}. Test it: vakt test-alarm ${r.deviceId}`,
    );
    return;
  }
  const why: Record<string, string> = {
    learn_timeout: `no new device was heard within ${timeoutS} s`,
    table_full: "the receiver's device table is full",
    superseded: 'another pairing was started meanwhile',
    cancelled: 'learn mode was ended by another vakt pair',
    receiver_no_answer: 'the radio receiver stopped answering: check it is plugged in (vakt status)',
    wrong_install_code: `the install code does not belong to device ${r.deviceId}: it was unpaired — check the code on its label`,
  };
  throw new VaktError(
    'E_PAIR_FAILED',
    `pairing failed: ${why[r.result] ?? r.result}`,
    'hold the device near the hub, press its button once, and run vakt pair again',
  );
}

interface LearnResult {
  result: string;
  deviceId?: string;
  deviceType?: number;
  notes?: string[];
}
