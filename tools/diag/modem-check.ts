/**
 * Rows "modem", "modem SIM", "modem registration", "modem signal" — only when SMS fallback is
 * configured. With the daemon running it owns the modem port and probes it every 5 minutes, so
 * the rows come from its MODEM_FAULT alarm. Without it: AT (the provision check), then +CPIN?,
 * +CREG? (and +CEREG? for LTE-only registration) and +CSQ on the port.
 */
import type { SerialPort } from 'serialport';
import { checkModem, closePort, openPort } from '../provision/checks/port-check.ts';
import { atCommand } from './at-session.ts';
import type { DiagContext } from './context.ts';
import { type DiagRow, fail, pass, skip, warn } from './row.ts';

const REG: Record<string, string> = {
  '0': 'not registered, not searching',
  '1': 'registered on the home network',
  '2': 'searching for a network',
  '3': 'registration denied',
  '4': 'unknown',
  '5': 'registered, roaming',
};

export async function checkModemRows(ctx: DiagContext): Promise<DiagRow[]> {
  const sms = ctx.loaded?.config.sms;
  if (!sms) return [];
  const path = sms.modemPort;
  if (ctx.daemon) {
    const fault = ctx.daemon.technical.find((t) => t.kind === 'MODEM_FAULT');
    return fault
      ? [fail('modem', `the daemon reports: ${fault.rootCause}`, fault.action)]
      : [pass('modem', `${path}, held by the running daemon: no modem fault in its probes (every 5 min)`)];
  }
  const o = { candidates: ctx.candidates, others: [ctx.loaded!.config.serial.port] };
  const at = await checkModem('modem', path, { ...o, clock: ctx.clock, timeoutMs: ctx.settings.timeoutMs });
  const later = ['modem SIM', 'modem registration', 'modem signal'];
  if (!at.ok)
    return [
      fail('modem', `${path}: ${at.detail}`, at.hint ?? 'check sms.modemPort'),
      ...later.map((n) => skip(n, 'not tried — the modem does not answer')),
    ];
  const opened = await openPort('modem', path, 115200, o);
  if ('fail' in opened) return [fail('modem', `${path}: ${opened.fail.detail}`, opened.fail.hint ?? '')];
  try {
    return [pass('modem', `${path} answers AT`), ...(await modemState(opened.port, ctx))];
  } finally {
    await closePort(opened.port);
  }
}

async function modemState(port: SerialPort, ctx: DiagContext): Promise<DiagRow[]> {
  const ask = (cmd: string) => atCommand(port, cmd, ctx.clock, ctx.settings.timeoutMs);
  await ask('ATE0');
  const rows: DiagRow[] = [];
  const cpin = await ask('AT+CPIN?');
  const pin = cpin?.lines
    .find((l) => l.startsWith('+CPIN:'))
    ?.slice(6)
    .trim();
  if (pin !== 'READY') {
    rows.push(
      fail(
        'modem SIM',
        pin ? `the SIM asks for ${pin}` : `no SIM card (${cpin?.final ?? 'no answer'})`,
        pin ? 'unlock the SIM or use a SIM without a PIN' : 'insert the SIM card (power off the hub first)',
      ),
      skip('modem registration', 'not tried — no usable SIM'),
      skip('modem signal', 'not tried — no usable SIM'),
    );
    return rows;
  }
  rows.push(pass('modem SIM', 'SIM ready'));
  rows.push(await registration(ask));
  rows.push(signal((await ask('AT+CSQ'))?.lines.find((l) => l.startsWith('+CSQ:'))));
  return rows;
}

async function registration(ask: (cmd: string) => ReturnType<typeof atCommand>): Promise<DiagRow> {
  const stat = async (cmd: string, prefix: string) =>
    /,\s*(\d)/.exec((await ask(cmd))?.lines.find((l) => l.startsWith(prefix)) ?? '')?.[1];
  let s = await stat('AT+CREG?', '+CREG:');
  let via = 'CREG';
  if (s !== '1' && s !== '5') {
    const lte = await stat('AT+CEREG?', '+CEREG:');
    if (lte === '1' || lte === '5') [s, via] = [lte, 'CEREG'];
  }
  const what = `${REG[s ?? ''] ?? 'no answer'} (+${via}: ${s ?? '?'})`;
  if (s === '1' || s === '5') return pass('modem registration', what);
  if (s === '2')
    return warn(
      'modem registration',
      what,
      'wait a minute and run vakt diag again; if it stays, check mobile coverage',
    );
  return fail(
    'modem registration',
    what,
    s === '3'
      ? 'the network refuses the SIM: check the SIM subscription is active (ask the operator)'
      : 'check mobile coverage at the hub and that the SIM is active; fit an external antenna',
  );
}

function signal(line: string | undefined): DiagRow {
  const csq = Number(/\+CSQ:\s*(\d+)/.exec(line ?? '')?.[1] ?? 99);
  const action = 'fit an external antenna or move the hub to a place with better coverage';
  if (csq === 99) return fail('modem signal', 'signal unknown (+CSQ: 99): no network heard', action);
  const facts = `CSQ ${csq} (about ${-113 + 2 * csq} dBm)`;
  if (csq < 5) return fail('modem signal', `${facts}: too weak to send SMS`, action);
  if (csq < 10) return warn('modem signal', `${facts}: weak`, action);
  return pass('modem signal', facts);
}
