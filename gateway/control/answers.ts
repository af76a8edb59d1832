/**
 * The shapes of control-socket answers that tools read field by field (docs/control-socket.md):
 * the wire contract shared by the daemon's handlers and the tools that call them.
 */

/** `receiver`: the radio receiver's answer to a status request, or none within the timeout. */
export type ReceiverAnswer =
  | { port: string; answered: false; timeoutMs: number }
  | {
      port: string;
      answered: true;
      receiverId: string;
      firmware: string;
      pairedCount: number;
      jamming: boolean;
      learnMode: boolean;
    };

/**
 * `reload`: `unchanged` (the new config is the one in force), `checked` (dry run), `applied`
 * (live; the serial link kept), `restarting` (the gateway restarts in place once this is sent).
 */
export type ReloadAction = 'unchanged' | 'checked' | 'applied' | 'restarting';

export interface ReloadAnswer {
  /** The config file the daemon reads. */
  file: string;
  action: ReloadAction;
  /** Changed fields (dotted paths) applied live. */
  live: string[];
  /** Changed fields that need the restart in place. */
  restart: string[];
}
