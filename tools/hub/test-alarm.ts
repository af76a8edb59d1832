/** `vakt test-alarm [DEVICE]`: a real round trip to the platform and back, timed. */
import { callGateway } from '../../gateway/control/client.ts';
import { print } from './format.ts';
import { type SocketOptions, socketPath } from './socket.ts';

export async function runTestAlarm(
  device: string | undefined,
  o: SocketOptions & { timeout: string; json?: boolean },
): Promise<void> {
  const timeoutMs = Math.round(Number(o.timeout) * 1000);
  if (!o.json)
    process.stdout.write(
      `Sending a test alarm${device ? ` for ${device}` : ' from the hub'} and waiting for the platform's receipt…\n`,
    );
  const r = (await callGateway(
    socketPath(o),
    'test-alarm',
    { ...(device ? { deviceId: device } : {}), timeoutMs },
    timeoutMs + 5000,
  )) as { eventId: string; roundTripMs: number; path: string };
  print(
    o.json,
    r,
    () => `Receipted by the platform in ${r.roundTripMs} ms via the ${r.path} broker (event ${r.eventId}).`,
  );
}
