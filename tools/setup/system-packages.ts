/**
 * The system packages the tests need, in one list: `npm test` installs the missing ones (see
 * setup-system.ts) and tests ask `toolMissing` (test/support/system-tools.ts) before using an
 * optional one. Adding a package is one line here.
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemPackage {
  /** The Debian/Ubuntu package that provides `bin`. */
  pkg: string;
  /** The program the tests run; its presence is how the package is detected. */
  bin: string;
  why: string;
  /**
   * Installed when it can be, but its absence stops nothing: the tests that need it skip, naming
   * it. For services only some tests use (nats-server, rabbitmq-server).
   */
  optional?: boolean;
}

export const SYSTEM_PACKAGES: readonly SystemPackage[] = [
  { pkg: 'socat', bin: 'socat', why: 'PTY pairs for the serial-link tests' },
  { pkg: 'mosquitto', bin: 'mosquitto', why: 'the real-broker tests' },
  { pkg: 'protobuf-compiler', bin: 'protoc', why: 'the .proto interop tests' },
  { pkg: 'openssl', bin: 'openssl', why: 'the test certificate authority for TLS tests' },
  { pkg: 'postgresql', bin: 'pg_ctl', why: 'the fleet tests (a PostgreSQL server per test)' },
  {
    pkg: 'nats-server',
    bin: 'nats-server',
    why: 'the MQTT engine tests: a 3-node NATS cluster (JetStream + MQTT)',
    optional: true,
  },
  {
    pkg: 'rabbitmq-server',
    bin: 'rabbitmq-server',
    why: 'the MQTT engine tests: RabbitMQ with its MQTT plugin',
    optional: true,
  },
];

/** Where programs live beyond PATH: sbin for daemons, and Debian's versioned PostgreSQL bin. */
function searchDirs(): string[] {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  try {
    for (const v of readdirSync('/usr/lib/postgresql')) dirs.push(join('/usr/lib/postgresql', v, 'bin'));
  } catch {
    // no PostgreSQL installed from Debian packages
  }
  return dirs.filter((d) => d !== '');
}

/** The full path of `bin`, or undefined when no search directory has it executable. */
export function findBin(bin: string): string | undefined {
  for (const d of searchDirs()) {
    const path = join(d, bin);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}

export const missingPackages = (list: readonly SystemPackage[] = SYSTEM_PACKAGES): SystemPackage[] =>
  list.filter((p) => findBin(p.bin) === undefined);
