/** The daemon's logger: pino JSON lines carrying the hub id; secrets redacted by one list. */
import pino, { type Logger } from 'pino';
import { LOG_REDACT_PATHS } from './config/secrets.ts';

export function createLogger(
  hubId: string,
  level: string,
  destination: pino.DestinationStream = pino.destination(1),
): Logger {
  return pino(
    {
      level,
      base: { hub: hubId },
      redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
