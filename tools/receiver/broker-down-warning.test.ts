import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { BrokerDownWarning } from './broker-down-warning.ts';

/** A logger whose lines are kept, parsed. */
function captured() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
  return { log, lines };
}

describe('the broker-down warning', () => {
  it('one warning for a 10-minute outage of failures every second, one reminder, one line when back', () => {
    const { log, lines } = captured();
    let now = 0;
    const w = new BrokerDownWarning('alarms', log, undefined, () => now);
    for (; now < 600_000; now += 1000) w.failed(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1883'), { code: 'ECONNREFUSED' }));
    w.connected();
    expect(lines.map((l) => l.msg)).toEqual([
      'broker unreachable; retrying every second, warning again every 5 min until it is back',
      'broker still unreachable',
      'broker connected again',
    ]);
    expect(lines[0]).toMatchObject({ level: 40, link: 'alarms', reason: 'connect ECONNREFUSED 127.0.0.1:1883' });
    expect(lines[1]).toMatchObject({ downS: 300, attempts: 301 });
    expect(lines[2]).toMatchObject({ level: 30, downS: 600, attempts: 600 });
    // Down again later: warned again, once.
    w.failed();
    expect(lines.at(-1)).toMatchObject({ reason: 'connection lost' });
  });

  it('a refused login is explained by the shared module', () => {
    const { log, lines } = captured();
    const login = {
      username: 'centre',
      passwordFrom: '$VAKT_BROKER_PASSWORD',
      usernameField: '--username',
      passwordField: '--password-file or $VAKT_BROKER_PASSWORD',
      account: 'the account centre',
    };
    new BrokerDownWarning('alarms', log, login, () => 0).failed(
      Object.assign(new Error('Connection refused: Not authorized'), { code: 5 }),
    );
    expect(lines[0]).toMatchObject({
      reason: 'the broker refused the username/password (username centre, password from $VAKT_BROKER_PASSWORD)',
      fix: expect.stringMatching(/^check --username and the password in \$VAKT_BROKER_PASSWORD/),
    });
  });
});
