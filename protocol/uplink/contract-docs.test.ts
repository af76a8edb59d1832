/** TOPICS.md and asyncapi.yaml must name every topic the code builds, and parse. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HUB_TOPICS, PLATFORM_TOPICS } from './topics.ts';

describe('contract documents', () => {
  const topicsMd = readFileSync('protocol/uplink/TOPICS.md', 'utf8');
  const asyncapi = parse(readFileSync('protocol/uplink/asyncapi.yaml', 'utf8')) as {
    asyncapi: string;
    channels: Record<string, { address: string }>;
  };

  it('asyncapi.yaml is AsyncAPI 3.0 with a channel for every topic kind', () => {
    expect(asyncapi.asyncapi).toBe('3.0.0');
    const addresses = Object.values(asyncapi.channels).map((c) => c.address);
    for (const k of [...HUB_TOPICS, ...PLATFORM_TOPICS]) expect(addresses).toContain(`vakt/v1/{hubId}/${k}`);
  });

  it('TOPICS.md documents every topic kind', () => {
    for (const k of [...HUB_TOPICS, ...PLATFORM_TOPICS]) expect(topicsMd).toContain(`{root}/{hubId}/${k}\``);
  });
});
