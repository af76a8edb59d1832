/**
 * Row "daemon": is `vakt run` answering on its control socket? When it is, its status, devices,
 * open technical alarms and recent events are read once, and the other checks report from them
 * instead of opening ports the daemon holds.
 */
import { callGateway } from '../../gateway/control/client.ts';
import { VaktError } from '../../protocol/errors.ts';
import type { DaemonDevice, DaemonEvent, DaemonStatus, DaemonTechnical, DaemonView } from './context.ts';
import { type DiagRow, pass, warn } from './row.ts';

export async function checkDaemon(
  socket: string,
  configHubId: string | undefined,
): Promise<{ rows: DiagRow[]; daemon: DaemonView | undefined }> {
  let daemon: DaemonView;
  try {
    const status = (await callGateway(socket, 'status')) as DaemonStatus;
    const devices = (await callGateway(socket, 'devices')) as { paired: DaemonDevice[] };
    const technical = (await callGateway(socket, 'technical')) as DaemonTechnical[];
    const events = (await callGateway(socket, 'events', { limit: 500 })) as DaemonEvent[];
    daemon = {
      socket,
      status,
      devices: devices.paired,
      technical,
      events,
      call: (method, params, timeoutMs) => callGateway(socket, method, params, timeoutMs),
    };
  } catch (err) {
    if (!(err instanceof VaktError)) throw err;
    const denied = /EACCES/.test(err.message);
    return {
      rows: [
        warn(
          'daemon',
          `vakt run is not answering: ${err.message}; checks that need it are skipped`,
          denied
            ? 'run vakt diag as root or as a member of the control group (control.group)'
            : 'start it: systemctl start vakt (then journalctl -u vakt if it stops again)',
        ),
      ],
      daemon: undefined,
    };
  }
  const s = daemon.status;
  const rows = [
    pass(
      'daemon',
      `vakt ${s.version} running for ${Math.floor(s.uptimeS / 3600)} h ${Math.floor((s.uptimeS % 3600) / 60)} min, hub ${s.hubId}, socket ${socket}`,
    ),
  ];
  if (configHubId !== undefined && configHubId !== s.hubId)
    rows.push(
      warn(
        'daemon',
        `the running daemon is hub ${s.hubId} but the config says ${configHubId}`,
        'give the --config the daemon runs with, or restart it after the config change: systemctl restart vakt',
      ),
    );
  return { rows, daemon };
}
