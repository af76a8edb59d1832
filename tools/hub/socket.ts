/**
 * Which control socket a command talks to: --socket, else $VAKT_SOCKET, else the config's
 * control.socket (--config, default /etc/vakt/vakt.yaml, when readable), else /run/vakt/control.sock.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { VaktError } from '../../protocol/errors.ts';

export const DEFAULT_SOCKET = '/run/vakt/control.sock';
export const DEFAULT_CONFIG = '/etc/vakt/vakt.yaml';

export interface SocketOptions {
  socket?: string;
  config?: string;
}

export function withSocketOptions(cmd: Command): Command {
  return (
    cmd
      .option(
        '--socket <path>',
        `the gateway's control socket (default: from the config, else ${DEFAULT_SOCKET})`,
      )
      // No commander default: a --config given must exist, the default may be absent.
      .option('--config <file>', `the hub config file, to find the socket (default: ${DEFAULT_CONFIG})`)
  );
}

export function socketPath(o: SocketOptions): string {
  if (o.socket) return o.socket;
  if (process.env.VAKT_SOCKET) return process.env.VAKT_SOCKET;
  if (o.config === undefined && !existsSync(DEFAULT_CONFIG)) return DEFAULT_SOCKET;
  const file = o.config ?? DEFAULT_CONFIG;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new VaktError(
      'E_FILE_CONFIG',
      `cannot read config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      o.config === undefined
        ? 'give the config with --config FILE or the socket with --socket PATH'
        : 'check the path given to --config, or give the socket with --socket PATH',
    );
  }
  try {
    const doc = parse(text) as { control?: { socket?: unknown } } | null;
    if (typeof doc?.control?.socket === 'string') return doc.control.socket;
  } catch {
    // An invalid config is `vakt config check`'s business; the socket falls back to the default.
  }
  return DEFAULT_SOCKET;
}
