import { describe, expect, it } from 'vitest';
import { isLoginRefused, loginRefusal, loginRefusedError } from './login-refusal.ts';

const hub = {
  usernameField: 'uplink.primary.username',
  passwordField: 'uplink.primary.passwordFile or passwordEnv',
  account: 'hub H-1',
};

describe('a refused broker login, explained', () => {
  it('tells refused logins from other failures by CONNACK code (3.1.1 and 5) or message', () => {
    for (const code of [4, 5, 134, 135]) expect(isLoginRefused({ code })).toBe(true);
    expect(isLoginRefused({ message: 'Connection refused: Not authorized' })).toBe(true);
    expect(isLoginRefused({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toBe(false);
    expect(isLoginRefused({ code: 3 })).toBe(false);
    expect(isLoginRefused(undefined)).toBe(false);
  });

  it('names the user and where the password came from, never the password', () => {
    const r = loginRefusal({ ...hub, username: 'H-1', passwordFrom: 'passwordFile /etc/vakt/broker.pw' });
    expect(r.message).toBe(
      'the broker refused the username/password (username H-1, password from passwordFile /etc/vakt/broker.pw)',
    );
    expect(r.hint).toBe(
      'check uplink.primary.username and the password in passwordFile /etc/vakt/broker.pw; ask the platform operator whether hub H-1 is registered with this password',
    );
  });

  it('without a password or without any credentials, says what to give', () => {
    expect(loginRefusal({ ...hub, username: 'H-1' }).hint).toMatch(
      /^give the password \(uplink\.primary\.passwordFile or passwordEnv\)/,
    );
    expect(loginRefusal(hub)).toEqual({
      message: 'the broker refused a connection without credentials',
      hint: 'give uplink.primary.username (for a hub usually its id) and a password (uplink.primary.passwordFile or passwordEnv)',
    });
  });

  it('as the error a command stops with', () => {
    const e = loginRefusedError('mqtt://b:1883', {
      username: 'centre-1',
      passwordFrom: '$VAKT_BROKER_PASSWORD',
      usernameField: '--username',
      passwordField: '--password-file or $VAKT_BROKER_PASSWORD',
      account: 'receiver centre-1',
    });
    expect(e.code).toBe('E_BROKER_AUTH');
    expect(e.message).toBe(
      'cannot log in to mqtt://b:1883: the broker refused the username/password (username centre-1, password from $VAKT_BROKER_PASSWORD)',
    );
  });
});
