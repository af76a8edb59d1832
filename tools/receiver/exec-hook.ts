/** `--exec CMD`: runs CMD per event with the event's JSON on stdin; the receipt waits for it. */
import { spawn } from 'node:child_process';

export interface ExecResult {
  ok: boolean;
  detail: string;
}

export function runHook(command: string, eventJson: string, timeoutMs = 30_000): Promise<ExecResult> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: `cannot run: ${err.message}` });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(
        code === 0
          ? { ok: true, detail: 'exit 0' }
          : { ok: false, detail: signal ? `killed by ${signal}` : `exit ${code}` },
      );
    });
    child.stdin.on('error', () => {}); // the hook may not read its input
    child.stdin.end(`${eventJson}\n`);
  });
}
