/**
 * Signed platform → hub commands (Ed25519, node:crypto). The signature covers
 * "vakt.v1.command" 0x00 ‖ body, where body is the serialized CommandBody exactly as sent, so no
 * canonical re-encoding is ever needed. The verifier rejects, each with a typed reason: a bad
 * signature or unknown key, another hub's command, an expired or not-yet-valid one, a replayed
 * nonce, and anything malformed. Pure computation; time comes from an injected Clock and nonces
 * from an injected store.
 */
import { createHash, createPublicKey, type KeyObject, randomBytes, sign, verify } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { VaktError } from '../errors.ts';
import { vakt } from './generated/vakt.js';

const DOMAIN = Buffer.from('vakt.v1.command\0', 'latin1');
/** A command may claim to be issued this far in the hub's future (clock skew allowance). */
export const MAX_CLOCK_SKEW_MS = 60_000;
/** The longest validity a command may ask for. */
export const MAX_VALIDITY_MS = 24 * 3600_000;

export type RejectReason =
  | 'bad_signature'
  | 'wrong_hub'
  | 'expired'
  | 'not_yet_valid'
  | 'replayed'
  | 'malformed'
  | 'unknown_key'
  | 'clock_untrusted';

export class CommandRejected extends VaktError {
  constructor(
    readonly reason: RejectReason,
    message: string,
    readonly commandId = '',
  ) {
    super(`E_COMMAND_${reason.toUpperCase() as Uppercase<RejectReason>}`, message);
  }
}

/** Remembers nonces until their command expires; a durable one survives restarts. */
export interface NonceStore {
  /**
   * Records `nonce`; returns false when it was already recorded (a replay), or a sentence saying
   * why the command counts as a replay without its nonce being known (e.g. older than a restore).
   */
  claim(nonce: string, expiresAtMs: number, nowMs: number, issuedAtMs: number): boolean | string;
}

export class MemoryNonceStore implements NonceStore {
  private readonly nonces = new Map<string, number>();
  claim(nonce: string, expiresAtMs: number, nowMs: number): boolean {
    for (const [n, exp] of this.nonces) if (exp < nowMs) this.nonces.delete(n);
    if (this.nonces.has(nonce)) return false;
    this.nonces.set(nonce, expiresAtMs);
    return true;
  }
}

/**
 * Ids already worked out: a KeyObject never changes, and verifying asks for every trusted key's id
 * once per command (a flood of commands spent a quarter of the hub's time exporting keys).
 */
const keyIds = new WeakMap<KeyObject, string>();

/** Short stable id of a public key: SHA-256 of its SPKI DER, first 16 hex digits. */
export function keyId(publicKey: KeyObject): string {
  let id = keyIds.get(publicKey);
  if (id === undefined) {
    id = createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex')
      .slice(0, 16);
    keyIds.set(publicKey, id);
  }
  return id;
}

export type CommandAction = Pick<
  vakt.v1.ICommandBody,
  'testAlarm' | 'setHeartbeatInterval' | 'enterLearnMode' | 'rebootLink' | 'requestInventory'
>;

export interface SignOptions {
  hubId: string;
  action: CommandAction;
  privateKey: KeyObject;
  nowMs: number;
  validForMs?: number;
  commandId?: string;
}

/** Builds and signs a command; returns the Command message's bytes. */
export function signCommand(o: SignOptions): { bytes: Uint8Array; commandId: string; nonce: string } {
  const commandId = o.commandId ?? randomBytes(8).toString('hex');
  const nonce = randomBytes(16).toString('hex');
  const body = vakt.v1.CommandBody.encode({
    commandId,
    hubId: o.hubId,
    nonce,
    issuedAtMs: o.nowMs,
    expiresAtMs: o.nowMs + Math.min(o.validForMs ?? 5 * 60_000, MAX_VALIDITY_MS),
    ...o.action,
  }).finish();
  const signature = sign(null, Buffer.concat([DOMAIN, body]), o.privateKey);
  const publicKey = createPublicKey(o.privateKey);
  const bytes = vakt.v1.Command.encode({ body, signature, keyId: keyId(publicKey) }).finish();
  return { bytes, commandId, nonce };
}

export interface VerifierOptions {
  hubId: string;
  /** Trusted platform keys. */
  publicKeys: KeyObject[];
  clock: Clock;
  nonces: NonceStore;
}

/** Verifies a received Command; returns its body or throws CommandRejected with the reason. */
export function verifyCommand(bytes: Uint8Array, o: VerifierOptions): vakt.v1.CommandBody {
  let command: vakt.v1.Command;
  try {
    command = vakt.v1.Command.decode(bytes);
  } catch (err) {
    throw new CommandRejected('malformed', `command is not a vakt.v1.Command: ${(err as Error).message}`);
  }
  const candidates =
    command.keyId === '' ? o.publicKeys : o.publicKeys.filter((k) => keyId(k) === command.keyId);
  if (candidates.length === 0)
    throw new CommandRejected('unknown_key', `command signed by unknown key ${command.keyId}`);
  const signed = Buffer.concat([DOMAIN, command.body]);
  if (!candidates.some((k) => verify(null, signed, k, command.signature))) {
    throw new CommandRejected('bad_signature', 'command signature does not verify');
  }
  let body: vakt.v1.CommandBody;
  try {
    body = vakt.v1.CommandBody.decode(command.body);
  } catch (err) {
    throw new CommandRejected(
      'malformed',
      `signed body is not a vakt.v1.CommandBody: ${(err as Error).message}`,
    );
  }
  const id = body.commandId;
  const now = o.clock.now();
  if (body.hubId !== o.hubId)
    throw new CommandRejected('wrong_hub', `command is for hub ${body.hubId}, this is ${o.hubId}`, id);
  if (!body.nonce || body.nonce.length < 16)
    throw new CommandRejected('malformed', 'command has no nonce of at least 16 characters', id);
  if (body.expiresAtMs <= now)
    throw new CommandRejected(
      'expired',
      `command expired at ${new Date(body.expiresAtMs).toISOString()}`,
      id,
    );
  if (body.issuedAtMs > now + MAX_CLOCK_SKEW_MS)
    throw new CommandRejected(
      'not_yet_valid',
      `command issued at ${new Date(body.issuedAtMs).toISOString()}, in this hub's future`,
      id,
    );
  if (body.expiresAtMs - body.issuedAtMs > MAX_VALIDITY_MS)
    throw new CommandRejected('malformed', 'command validity exceeds 24 h', id);
  const claimed = o.nonces.claim(body.nonce, body.expiresAtMs, now, body.issuedAtMs);
  if (claimed !== true)
    throw new CommandRejected(
      'replayed',
      typeof claimed === 'string' ? claimed : `nonce ${body.nonce} was already used`,
      id,
    );
  return body;
}
