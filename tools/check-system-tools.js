#!/usr/bin/env node
// Run first by `npm test`: the tests use real serial links (socat), a real broker (mosquitto) and
// protoc. A missing tool fails the run here with its name and the install command, never a skip.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const tools = [
  { bin: 'socat', pkg: 'socat', why: 'PTY pairs for the serial-link tests' },
  { bin: 'mosquitto', pkg: 'mosquitto', why: 'the real-broker tests' },
  { bin: 'protoc', pkg: 'protobuf-compiler', why: 'the .proto interop tests' },
  { bin: 'openssl', pkg: 'openssl', why: 'the test certificate authority for TLS tests' },
];
const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
const found = (bin) =>
  dirs.some((d) => {
    try {
      accessSync(join(d, bin), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const missing = tools.filter((t) => !found(t.bin));
if (missing.length > 0) {
  for (const t of missing) process.stderr.write(`npm test: '${t.bin}' not found (needed for ${t.why}).\n`);
  process.stderr.write(`Install with: apt-get install -y ${missing.map((t) => t.pkg).join(' ')}\n`);
  process.exit(1);
}
