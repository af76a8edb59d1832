import { describe, expect, it } from 'vitest';
import { createLogger } from './log.ts';
import { prettyDestination, prettyLine } from './log-pretty.ts';

describe('pretty log lines', () => {
  it('time, level, message, then the fields; the hub id left out', () => {
    const line = prettyLine(
      '{"level":40,"time":"2026-12-01T12:03:04.512Z","hub":"H-1","path":"primary","reason":"connack timeout","msg":"broker connection lost"}',
      false,
    );
    expect(line).toBe('12:03:04.512 WARN  broker connection lost  path=primary reason="connack timeout"\n');
  });

  it('colours the level only when asked', () => {
    const json = '{"level":50,"time":"2026-12-01T12:03:04.512Z","msg":"x"}';
    expect(prettyLine(json, true)).toContain('\u001b[31mERROR\u001b[0m');
    expect(prettyLine(json, false)).not.toContain('\u001b[');
  });

  it('keeps the logger redaction: a secret never reaches the terminal', () => {
    let out = '';
    const sink = {
      write: (s: string) => {
        out += s;
        return true;
      },
    } as unknown as NodeJS.WritableStream;
    const log = createLogger('H-1', 'info', prettyDestination(sink, false));
    log.info({ uplink: { primary: { password: 'hunter2' } } }, 'configured');
    expect(out).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}configured {2}uplink=/);
    expect(out).not.toContain('hunter2');
  });
});
