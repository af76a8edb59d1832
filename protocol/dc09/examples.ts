/**
 * The worked examples of docs/dc09.md, as inputs. The doc shows each one's wire form; a test
 * encodes these and compares byte for byte, and decodes the doc's text back to these.
 */
import type { Dc09Message } from './message.ts';

/** AES-128 key of the encrypted examples (hex). Never use it for real. */
export const EXAMPLE_KEY_HEX = '000102030405060708090A0B0C0D0E0F';
/** The examples' "random" pad bytes: zeros, so the pad is "AAAA…" and the output reproducible. */
export const examplePad = (n: number): Uint8Array => new Uint8Array(n);

const at = Date.UTC(2026, 10, 25, 2, 14, 7); // 2026-11-25 02:14:07 UTC

export const EXAMPLES: Record<string, { message: Dc09Message; encrypt?: boolean }> = {
  'cid-pendant': {
    message: {
      id: 'ADM-CID',
      seq: 1,
      receiver: '12',
      line: '1',
      account: '1234',
      data: '1101 01 012',
      extended: [{ id: 'I', value: 'PERSONAL EMERGENCY 00A1B2C3 pendant' }],
      timeMs: at,
      encrypted: false,
    },
  },
  'sia-fall': {
    message: {
      id: 'SIA-DCS',
      seq: 2,
      receiver: '12',
      line: '1',
      account: '1234',
      data: 'Nri1/MA005',
      extended: [{ id: 'I', value: 'FALL 00A1B2C5' }],
      timeMs: at,
      encrypted: false,
    },
  },
  'null-link-test': {
    message: {
      id: 'NULL',
      seq: 3,
      receiver: '12',
      line: '1',
      account: '1234',
      extended: [],
      timeMs: at,
      encrypted: false,
    },
  },
  'cid-pendant-aes128': {
    message: {
      id: 'ADM-CID',
      seq: 4,
      receiver: '12',
      line: '1',
      account: '1234',
      data: '1101 01 012',
      extended: [],
      timeMs: at,
      encrypted: true,
    },
    encrypt: true,
  },
  'ack-plain': {
    message: {
      id: 'ACK',
      seq: 1,
      receiver: '12',
      line: '1',
      account: '1234',
      extended: [],
      encrypted: false,
    },
  },
  'ack-aes128': {
    message: {
      id: 'ACK',
      seq: 4,
      receiver: '12',
      line: '1',
      account: '1234',
      extended: [],
      timeMs: at,
      encrypted: true,
    },
    encrypt: true,
  },
  nak: {
    message: {
      id: 'NAK',
      seq: 0,
      receiver: '0',
      line: '0',
      extended: [],
      timeMs: at + 300_000,
      encrypted: false,
    },
  },
  duh: {
    message: {
      id: 'DUH',
      seq: 2,
      receiver: '12',
      line: '1',
      account: '1234',
      extended: [],
      encrypted: false,
    },
  },
};
