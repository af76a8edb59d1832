/**
 * Which control socket a command talks to: --socket, else $VAKT_SOCKET, else the config's
 * control.socket (--config, default /etc/vakt/vakt.yaml, when readable), else /run/vakt/control.sock.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'yaml';

export const DEFAULT_SOCKET = '/run/vakt/control.sock';
export const DEFAULT_CONFIG = '/etc/vakt/vakt.yaml';

export interface SocketOptions {
  socket?: string;
  config?: string;
}

export function withSocketOptions(cmd: Command): Command {
  return cmd
    .option(
      '--socket <path>',
      `the gateway's control socket (default: from the config, else ${DEFAULT_SOCKET})`,
    )
    .option('--config <file>', 'the hub config file, to find the socket', DEFAULT_CONFIG);
}

export function socketPath(o: SocketOptions): string {
  if (o.socket) return o.socket;
  if (process.env.VAKT_SOCKET) return process.env.VAKT_SOCKET;
  const file = o.config ?? DEFAULT_CONFIG;
  try {
    if (existsSync(file)) {
      const doc = parse(readFileSync(file, 'utf8')) as { control?: { socket?: unknown } } | null;
      if (typeof doc?.control?.socket === 'string') return doc.control.socket;
    }
  } catch {
    // An unreadable config is `vakt config check`'s business; fall back to the default.
  }
  return DEFAULT_SOCKET;
}
