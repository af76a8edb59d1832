/** `vakt sim SCENARIO`: plays a scenario file on a port or a fresh PTY until it ends or is stopped. */
import { FileSeqStore, loadScenarioFile, Simulation } from '../../firmware-sim/index.ts';
import { VaktError } from '../../protocol/errors.ts';
import { attachConsole } from './console.ts';
import { formatEvent } from './print-event.ts';

export interface RunOptions {
  port?: string;
  pty?: boolean;
  modemPort?: string;
  modem?: boolean;
  smsLog?: string;
  speed: string;
  json?: boolean;
  verbose?: boolean;
  seqFile?: string;
}

export async function runScenario(file: string, o: RunOptions): Promise<number> {
  const speed = Number(o.speed);
  if (!(speed > 0) || !Number.isFinite(speed))
    throw new VaktError('E_USAGE_SPEED', `--speed must be a positive number. Provided value is ${o.speed}`);
  if (o.port && o.pty)
    throw new VaktError(
      'E_USAGE_LINK',
      '--port and --pty cannot be used together',
      'give the dongle port with --port PATH, or let the simulator make one with --pty',
    );
  const scenario = loadScenarioFile(file);
  const sim = await Simulation.start({
    scenario,
    speed,
    link: o.port ? { port: o.port } : { pty: true },
    ...(o.modemPort || o.modem
      ? {
          modem: { ...(o.modemPort ? { port: o.modemPort } : {}), ...(o.smsLog ? { smsLog: o.smsLog } : {}) },
        }
      : {}),
    ...(o.seqFile ? { seqStore: new FileSeqStore(o.seqFile) } : {}),
  });
  // Signal handlers before the first output: a Ctrl-C right after start must still stop cleanly.
  const stopped = new Promise<'signal'>((resolve) => {
    process.once('SIGINT', () => resolve('signal'));
    process.once('SIGTERM', () => resolve('signal'));
  });
  const started = Date.now();
  const at = (): number => started + (Date.now() - started) * speed;
  const out = (line: string | undefined): void => void (line && process.stdout.write(`${line}\n`));
  const header = { scenario: scenario.name, hubPort: sim.hubPath, modemPort: sim.modemPath, speed };
  out(
    o.json
      ? JSON.stringify({ type: 'started', ...header })
      : `vakt sim: "${scenario.name}" at ${speed}× — dongle on ${sim.hubPath}${sim.modemPath ? `, modem on ${sim.modemPath}` : ''} (Ctrl-C to stop)`,
  );
  sim.on('event', (e) => {
    if (o.verbose || (e.type !== 'serial_in' && e.type !== 'serial_out')) out(formatEvent(e, at(), !!o.json));
  });
  const input = attachConsole(sim, (message) =>
    out(o.json ? JSON.stringify({ type: 'console', message }) : message),
  );
  const result = await Promise.race([sim.finished, stopped]);
  input.close();
  process.stdin.destroy();
  await sim.stop();
  if (result === 'signal') return 0;
  const failed = result.filter((r) => !r.ok);
  if (!o.json)
    out(
      failed.length === 0
        ? `all ${result.length} expectation(s) met`
        : `${failed.length} of ${result.length} expectation(s) failed`,
    );
  return failed.length === 0 ? 0 : 1;
}
