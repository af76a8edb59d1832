/**
 * A broker that refuses a login is explained the same way by every tool that logs in: `vakt
 * provision` and `vakt diag` (the hub's account, through provision's broker check), `vakt
 * receive` and `vakt command` (the platform's account). The message names the user and where the
 * password came from — never the password — and the fix names the setting or flag to check.
 */
import { VaktError } from '../../protocol/errors.ts';

export interface LoginAttempt {
  /** The username sent; undefined for an anonymous connection. */
  username?: string | undefined;
  /** Where the password came from, as the person gave it ("passwordFile /etc/vakt/broker.pw",
   *  "$VAKT_BROKER_PASSWORD"); undefined when none was sent. */
  passwordFrom?: string | undefined;
  /** The setting or flag that holds the username, in the caller's terms ("uplink.primary.username", "--username"). */
  usernameField: string;
  /** Where a password is given, in the caller's terms. */
  passwordField: string;
  /** Whose account it is, for the platform operator ("hub NO-4630-HUB-000123", "receiver centre-1"). */
  account: string;
}

/** CONNACK codes for a refused login: 4 (bad user name or password) and 5 (not authorised) in
 *  MQTT 3.1.1; 0x86 (134) and 0x87 (135) in MQTT 5. */
const REFUSED = new Set<string | number>([4, 5, 134, 135]);

/** Whether a connection error is the broker refusing the login (not the network or TLS). */
export function isLoginRefused(err: { code?: string | number; message?: string } | undefined): boolean {
  if (!err) return false;
  if (err.code !== undefined && REFUSED.has(err.code)) return true;
  return /bad user ?name or password|not authori[sz]ed/i.test(err.message ?? '');
}

/** What went wrong and how to fix it, in words an installer or an operator acts on. */
export function loginRefusal(a: LoginAttempt): { message: string; hint: string } {
  if (!a.username)
    return {
      message: 'the broker refused a connection without credentials',
      hint: `give ${a.usernameField} (for a hub usually its id) and a password (${a.passwordField})`,
    };
  const from = a.passwordFrom ? `password from ${a.passwordFrom}` : 'no password given';
  return {
    message: `the broker refused the username/password (username ${a.username}, ${from})`,
    hint: a.passwordFrom
      ? `check ${a.usernameField} and the password in ${a.passwordFrom}; ask the platform operator whether ${a.account} is registered with this password`
      : `give the password (${a.passwordField}); ask the platform operator whether ${a.account} is registered`,
  };
}

/** The E_BROKER_AUTH error a command stops with when its login to `url` is refused. */
export function loginRefusedError(url: string, a: LoginAttempt): VaktError {
  const { message, hint } = loginRefusal(a);
  return new VaktError('E_BROKER_AUTH', `cannot log in to ${url}: ${message}`, hint);
}
