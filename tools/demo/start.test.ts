import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start (device-link demo)', () => {
  it('links through a real PTY, decodes every sample frame and the injected noise, exits 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/demo/start.ts'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('a real PTY pair (socat)');
    expect(r.stdout).toContain('device_event 00A1B2C3 personal_trigger seq=7 alarm alarm_manual(10)');
    expect(r.stdout).toContain('ERROR E_FRAME_COBS');
    expect(r.stdout).toContain('pairing_result 00F00D01 fall_detector paired');
  });
});
