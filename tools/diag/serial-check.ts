/**
 * Rows "serial port" and "receiver": the radio receiver's port is there and the dongle answers.
 * With the daemon running it holds the port, so both come from its status (and its RECEIVER_LOST
 * alarm). Without it the port is opened here, a status request is sent and a receiver_status
 * frame awaited (the dongle also sends one every 10 s by itself).
 */
import { existsSync } from 'node:fs';
import { closePort, openPort, resolvePort } from '../provision/checks/port-check.ts';
import { awaitReceiverStatus } from '../provision/checks/receiver-check.ts';
import { describeCandidates } from '../provision/port-candidates.ts';
import type { DiagContext } from './context.ts';
import { type DiagRow, fail, pass, skip } from './row.ts';

const PORT = 'serial port';
const RECEIVER = 'receiver';

export async function checkSerial(ctx: DiagContext): Promise<DiagRow[]> {
  if (ctx.daemon) return await fromDaemon(ctx);
  if (!ctx.loaded) return [skip(PORT, 'skipped — no valid config to name the port')];
  const { port: answer, baudRate } = ctx.loaded.config.serial;
  const modem = ctx.loaded.config.sms?.modemPort;
  const o = { candidates: ctx.candidates, others: modem ? [modem] : [] };
  const resolved = await resolvePort(PORT, answer, o);
  const opened = 'fail' in resolved ? resolved : await openPort(PORT, resolved.path, baudRate, o);
  if ('fail' in opened)
    return [
      fail(PORT, `${opened.fail.target}: ${opened.fail.detail}`, opened.fail.hint ?? 'check serial.port'),
      skip(RECEIVER, 'skipped — the port did not open'),
    ];
  const path = 'path' in resolved ? resolved.path : answer;
  const status = await awaitReceiverStatus(opened.port, ctx.clock, ctx.settings.timeoutMs);
  await closePort(opened.port);
  const portRow = pass(PORT, `${path}${answer === 'auto' ? ' (auto)' : ''} opened at ${baudRate} baud`);
  if (!status)
    return [
      portRow,
      fail(
        RECEIVER,
        `no frame from the receiver on ${path} within ${ctx.settings.timeoutMs / 1000} s`,
        "check this is the radio receiver's port (vakt decode on it shows its frames) and 115200 baud; unplug and replug the receiver; replace it if it stays silent",
      ),
    ];
  return [
    portRow,
    pass(
      RECEIVER,
      `answering: firmware ${status.firmware}, ${status.pairedCount} devices in its table${status.jamming ? ', REPORTS JAMMING' : ''}`,
    ),
  ];
}

async function fromDaemon(ctx: DiagContext): Promise<DiagRow[]> {
  const d = ctx.daemon!;
  const { port, up } = d.status.receiver;
  const lost = d.technical.find((t) => t.kind === 'RECEIVER_LOST');
  if (up && !lost)
    return [
      pass(PORT, `${port}, held by the running daemon`),
      pass(RECEIVER, 'answering (reported by the daemon)'),
    ];
  const receiverRow = fail(
    RECEIVER,
    lost ? lost.rootCause : `the daemon gets no answer from the receiver on ${port}`,
    lost?.action ??
      'check the USB radio receiver is plugged in firmly; unplug and replug it; replace it if it does not come back',
  );
  if (existsSync(port)) return [pass(PORT, `${port} is there, held by the running daemon`), receiverRow];
  const found = await ctx.candidates();
  return [
    fail(
      PORT,
      `${port}: no such port`,
      `plug the receiver in, or set serial.port to its port; ports found: ${describeCandidates(found)}`,
    ),
    receiverRow,
  ];
}
