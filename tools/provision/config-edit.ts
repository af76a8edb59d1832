/**
 * Writes answers into the config as a YAML document edit: the fields provision owns are set or
 * removed in place, everything else (other sections, fields provision does not ask about,
 * comments) stays as the installer left it. `changes` lists what differs, secrets redacted.
 */
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { REDACTED, SECRET_FIELDS } from '../../gateway/config/secrets.ts';
import { VaktError } from '../../protocol/errors.ts';
import { type Answers, BROKER_FIELDS, type BrokerAnswer } from './answers.ts';

export const DEFAULT_STATE_DIR = '/var/lib/vakt';
export const DEFAULT_CONTROL_SOCKET = '/run/vakt/control.sock';

type Path = (string | number)[];

/** The existing config as an editable document, or an empty one with a header comment. */
export function configDocument(text: string | undefined, file: string): Document {
  if (text === undefined || text.trim() === '') {
    const doc = new Document({});
    doc.commentBefore =
      ' Hub configuration, written by `vakt provision`. docs/configuration.md lists every field.';
    return doc;
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents)))
    throw new VaktError(
      'E_CONFIG_EXISTING',
      `${file} exists but is not a YAML mapping${doc.errors[0] ? `: ${doc.errors[0].message.split('\n')[0]}` : ''}`,
      `fix it by hand, or move it away (mv ${file} ${file}.old) and provision again`,
    );
  return doc;
}

export function applyAnswers(doc: Document, a: Answers): void {
  set(doc, ['hub', 'id'], a.hubId);
  setUnlessDefault(doc, ['storage', 'dir'], a.stateDir, DEFAULT_STATE_DIR);
  set(doc, ['serial', 'port'], a.serialPort);
  if (a.primary) applyBroker(doc, ['uplink', 'primary'], a.primary);
  if (a.secondary === null) remove(doc, ['uplink', 'secondary']);
  else if (a.secondary) applyBroker(doc, ['uplink', 'secondary'], a.secondary);
  if (a.modemPort === null) remove(doc, ['sms']);
  else if (a.modemPort !== undefined) {
    set(doc, ['sms', 'modemPort'], a.modemPort);
    set(doc, ['sms', 'numbers'], a.smsNumbers);
  }
  if (a.publicKey === null) remove(doc, ['commands']);
  else if (a.publicKey !== undefined) {
    // Provision manages one key; further keys (a rotation in progress) added by hand stay.
    const keys = doc.getIn(['commands', 'publicKeys']);
    const list = isSeq(keys) ? (keys.toJSON() as unknown[]) : [];
    if (!list.includes(a.publicKey)) set(doc, ['commands', 'publicKeys'], [a.publicKey]);
  }
  setUnlessDefault(doc, ['control', 'socket'], a.controlSocket, DEFAULT_CONTROL_SOCKET);
}

/** Every broker field provision owns is set from the answer, or removed when the answer has none. */
function applyBroker(doc: Document, at: Path, b: BrokerAnswer): void {
  for (const f of BROKER_FIELDS) {
    const v = b[f];
    if (v === undefined) remove(doc, [...at, f]);
    else set(doc, [...at, f], v);
  }
}

function set(doc: Document, path: Path, value: unknown): void {
  if (value === undefined) return;
  // Untouched values keep their formatting and comments.
  if (JSON.stringify(plain(doc.getIn(path))) === JSON.stringify(value)) return;
  doc.setIn(path, value);
}

/** Defaults are not written into a config that never named them, so re-runs stay quiet. */
function setUnlessDefault(doc: Document, path: Path, value: string | undefined, def: string): void {
  if (value === undefined) return;
  if (value === def && !doc.hasIn(path)) return;
  set(doc, path, value);
}

function remove(doc: Document, path: Path): void {
  if (doc.hasIn(path)) doc.deleteIn(path);
}

function plain(v: unknown): unknown {
  return v && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON(): unknown }).toJSON() : v;
}

export interface Change {
  field: string;
  /** `undefined` (omitted in JSON) when the field was not set before / is removed now. */
  from?: unknown;
  to?: unknown;
}

/** Field-by-field differences between two configs (raw, before defaults); secrets redacted. */
export function changes(before: unknown, after: unknown): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  const out: Change[] = [];
  for (const field of fields) {
    const from = a.get(field);
    const to = b.get(field);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const secret = (SECRET_FIELDS as readonly string[]).includes(field.split('.').pop()!);
    out.push({
      field,
      ...(from !== undefined ? { from: secret ? REDACTED : from } : {}),
      ...(to !== undefined ? { to: secret ? REDACTED : to } : {}),
    });
  }
  return out;
}

/** Leaves by dotted path; lists are leaves (a list of numbers changes as a whole). */
function flatten(v: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, child] of Object.entries(v)) flatten(child, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out.set(prefix, v);
  return out;
}

export function describeChange(c: Change): string {
  const show = (v: unknown) =>
    v === undefined ? '(not set)' : typeof v === 'string' ? v : JSON.stringify(v);
  if (c.to === undefined) return `${c.field}: removed (was ${show(c.from)})`;
  return `${c.field}: ${show(c.from)} → ${show(c.to)}`;
}
