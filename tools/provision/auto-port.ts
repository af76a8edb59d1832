/**
 * `auto` for the receiver port is the installer's word, not the gateway's: the gateway opens the
 * path its config names. So provision writes the port `auto` picks — the first candidate found,
 * a stable /dev/serial/by-id name when there is one, never the modem's port — and says which.
 */
import { VaktError } from '../../protocol/errors.ts';
import type { Answers } from './answers.ts';
import type { PortCandidate } from './port-candidates.ts';

export async function pickAutoPort(
  a: Answers,
  candidates: () => Promise<PortCandidate[]>,
  out: (line: string) => void,
): Promise<Answers> {
  if (a.serialPort !== 'auto') return a;
  const found = (await candidates()).filter((c) => c.path !== a.modemPort);
  const picked = found[0];
  if (!picked)
    throw new VaktError(
      'E_PORT_NONE',
      'receiver port auto: no serial port found to pick (no /dev/serial/by-id, /dev/ttyUSB*, /dev/ttyACM*)',
      'plug in the radio receiver (USB) and check dmesg | tail; or give its path with --serial-port',
    );
  out(`receiver port auto: picked ${picked.path} (${picked.description}); the config names it`);
  return { ...a, serialPort: picked.path };
}
