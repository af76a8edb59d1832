/** `vakt decode-sms`: each SMS parsed and printed; the first invalid one ends with its typed error. */
import { createInterface } from 'node:readline';
import { hex32 } from '../../protocol/serial/index.ts';
import { parseSms } from '../../protocol/sms/format.ts';

export async function runDecodeSms(text: string | undefined, opts: { json?: boolean }): Promise<void> {
  const lines = text !== undefined ? [text] : createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const a = parseSms(line);
    process.stdout.write(
      opts.json
        ? `${JSON.stringify({ ...a, deviceId: hex32(a.deviceId), at: new Date(a.atMs).toISOString() })}\n`
        : `${new Date(a.atMs).toISOString()} hub ${a.hubId} device ${hex32(a.deviceId)} (type ${a.deviceType}) code ${a.statusCode} class ${a.eventClass} event ${a.eventId}${a.location ? ` at "${a.location}"` : ''}\n`,
    );
  }
}
