import { describe, expect, it } from 'vitest';
import { parseRequest } from './request.ts';

const codeOf = (line: string) => {
  const r = parseRequest(line);
  return 'error' in r ? r.error.code : 'ok';
};

describe('control request parsing', () => {
  it('answers any JSON value that is not a request object with E_CONTROL_JSON', () => {
    for (const line of [
      'null',
      '5',
      '"status"',
      '[]',
      'true',
      '{"id":{"x":1},"method":"status"}',
      '{"id":1,',
    ])
      expect(codeOf(line), line).toBe('E_CONTROL_JSON');
    expect(codeOf(`{"id":"${'x'.repeat(129)}","method":"status"}`)).toBe('E_CONTROL_JSON');
  });

  it('keeps the id of a readable request with an unknown method', () => {
    expect(parseRequest('{"id":7,"method":"reboot"}')).toMatchObject({
      id: 7,
      error: { code: 'E_CONTROL_METHOD' },
    });
    expect(codeOf('{"id":7,"method":null}')).toBe('E_CONTROL_METHOD');
  });

  it('names every bad param field, config style', () => {
    const r = parseRequest('{"id":1,"method":"pair","params":{"deviceType":"3","label":7,"extra":1}}');
    expect('error' in r && r.error.code).toBe('E_CONTROL_PARAMS');
    const message = 'error' in r ? r.error.message : '';
    expect(message).toContain('params.deviceId: is missing — ');
    expect(message).toContain('params.deviceType: must be a whole number — give 0 to 255');
    expect(message).toContain('params.label: must be a string — ');
    expect(message).toContain('unknown field "extra"');
    expect(codeOf('{"id":1,"method":"status","params":[]}')).toBe('E_CONTROL_PARAMS');
    expect(codeOf('{"id":1,"method":"events","params":{"limit":1001}}')).toBe('E_CONTROL_PARAMS');
    expect(codeOf('{"id":1,"method":"backup","params":{"path":"relative/x.db"}}')).toBe('E_CONTROL_PARAMS');
  });

  it('fills defaults for valid params', () => {
    expect(parseRequest('{"id":"a","method":"learn"}')).toEqual({
      id: 'a',
      method: 'learn',
      params: { timeoutS: 60 },
    });
    expect(parseRequest('{"id":2,"method":"test-alarm","params":{}}')).toEqual({
      id: 2,
      method: 'test-alarm',
      params: { timeoutMs: 30_000 },
    });
  });
});
