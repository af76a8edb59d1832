import { describe, expect, it } from 'vitest';
import { pickAutoPort } from './auto-port.ts';

const ports =
  (...paths: string[]) =>
  async () =>
    paths.map((path) => ({ path, description: 'USB serial' }));

describe('pickAutoPort', () => {
  it('a named port is kept as given, and the candidates are not asked', async () => {
    const a = { serialPort: '/dev/ttyUSB0' };
    const never = async () => {
      throw new Error('asked');
    };
    expect(await pickAutoPort(a, never, () => {})).toBe(a);
  });

  it('auto picks the first candidate that is not the modem, and says so', async () => {
    const out: string[] = [];
    const a = await pickAutoPort(
      { serialPort: 'auto', modemPort: '/dev/ttyUSB0' },
      ports('/dev/ttyUSB0', '/dev/ttyUSB1'),
      (l) => out.push(l),
    );
    expect(a.serialPort).toBe('/dev/ttyUSB1');
    expect(out.join('\n')).toContain('receiver port auto: picked /dev/ttyUSB1');
  });

  it('auto with no port but the modem is E_PORT_NONE naming what was looked for', async () => {
    await expect(
      pickAutoPort({ serialPort: 'auto', modemPort: '/dev/ttyUSB0' }, ports('/dev/ttyUSB0'), () => {}),
    ).rejects.toMatchObject({
      code: 'E_PORT_NONE',
      message: expect.stringContaining('/dev/serial/by-id'),
    });
  });
});
