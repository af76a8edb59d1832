import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeviceType, StatusCode } from '../codes/scaip.ts';
import { v1 } from './messages.ts';
import { sampleAlarm } from './samples.ts';

const here = 'protocol/uplink';

describe('vakt.proto', () => {
  it('compiles with protoc (--descriptor_set_out)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vakt-proto-')), 'vakt.desc');
    const r = spawnSync(
      'protoc',
      [`--proto_path=${here}`, `--descriptor_set_out=${out}`, `${here}/vakt.proto`],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('checked-in generated code is what `npm run proto` produces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-gen-'));
    execFileSync('bash', [`${here}/generate.sh`, dir], { stdio: 'pipe' });
    for (const f of ['vakt.js', 'vakt.d.ts']) {
      expect(readFileSync(join(dir, f), 'utf8'), `${f} is stale: run npm run proto`).toBe(
        readFileSync(join(here, 'generated', f), 'utf8'),
      );
    }
  }, 60_000);

  it('bytes written by our code decode with protoc --decode vakt.v1.Alarm', () => {
    const bytes = v1.Alarm.encode({
      ...sampleAlarm('NO-4630-HUB-000123', 7),
      attempt: 2,
      path: v1.DeliveryPath.DELIVERY_PATH_SMS,
    }).finish();
    const text = execFileSync(
      'protoc',
      [`--proto_path=${here}`, '--decode=vakt.v1.Alarm', `${here}/vakt.proto`],
      { input: bytes },
    ).toString();
    expect(text).toContain(`device_id: ${0x00a1b2c3}`);
    expect(text).toContain('device_type: DEVICE_TYPE_PERSONAL_TRIGGER');
    expect(text).toContain('status_code: STATUS_CODE_ALARM_MANUAL');
    expect(text).toContain('rssi_dbm: -62');
    expect(text).toContain('path: DELIVERY_PATH_SMS');
    expect(text).toContain('hub_received_at_ms: 1795572847007');
  });

  it('bytes written by protoc --encode decode with our code', () => {
    const text =
      'event_id: "e1" hub_id: "H1" kind: TECHNICAL_KIND_RECEIVER_LOST state: TECHNICAL_STATE_RAISED affected_device_ids: 10597059 details { key: "k" value: "v" }';
    const bytes = execFileSync(
      'protoc',
      [`--proto_path=${here}`, '--encode=vakt.v1.TechnicalAlarm', `${here}/vakt.proto`],
      { input: text },
    );
    const m = v1.TechnicalAlarm.decode(bytes);
    expect(m).toMatchObject({
      eventId: 'e1',
      kind: v1.TechnicalKind.TECHNICAL_KIND_RECEIVER_LOST,
      affectedDeviceIds: [0x00a1b2c3],
      details: { k: 'v' },
    });
  });

  it('device types and status codes carry exactly the SCAIP numbers', () => {
    for (const [name, n] of Object.entries(DeviceType))
      expect(v1.DeviceType[`DEVICE_TYPE_${name}` as keyof typeof v1.DeviceType]).toBe(n);
    for (const [name, n] of Object.entries(StatusCode))
      expect(v1.StatusCode[`STATUS_CODE_${name}` as keyof typeof v1.StatusCode]).toBe(n);
  });
});
