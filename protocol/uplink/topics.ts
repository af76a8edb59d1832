/**
 * The uplink's MQTT topics: the ONLY place a topic string is built or parsed (TOPICS.md).
 * Layout: {root}/{hubId}/{kind}; root defaults to "vakt/v1". Hub ids and roots are validated so a
 * configured value can never smuggle in wildcards or extra levels, and use only characters every
 * engine accepts in a topic level: NATS maps "." to its subject separator and refuses the
 * connection, RabbitMQ maps it to a routing-key dot and never delivers (docs/platform.md).
 */
import { VaktError } from '../errors.ts';

export const DEFAULT_ROOT = 'vakt/v1';

/** Published by the hub. */
export const HUB_TOPICS = [
  'alarm',
  'technical',
  'heartbeat',
  'state',
  'inventory',
  'command-result',
] as const;
/** Published by the platform, subscribed by the hub. */
export const PLATFORM_TOPICS = ['receipt', 'command'] as const;
export type HubTopicKind = (typeof HUB_TOPICS)[number];
export type PlatformTopicKind = (typeof PLATFORM_TOPICS)[number];
export type TopicKind = HubTopicKind | PlatformTopicKind;

/** Letters, digits, "_" and "-": what mosquitto, NATS, RabbitMQ, EMQX, HiveMQ and VerneMQ all accept. */
export const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const ROOT_LEVEL = /^[A-Za-z0-9_-]+$/;

/**
 * Platform → every hub: a `StateRequest` asking each connected hub to republish its state (and,
 * with `interval_s`, to keep doing so). One level below the root, so `{root}/+/…` never matches it.
 */
export const STATE_REQUEST_KIND = 'state-request';

export function validateHubId(hubId: string): string {
  if (!HUB_ID.test(hubId)) {
    throw new VaktError(
      'E_HUB_ID',
      `hub id "${hubId}" is not valid`,
      'use 1-64 characters: letters, digits, "_" or "-", starting with a letter or digit (e.g. NO-4630-HUB-000123); "." is refused because NATS and RabbitMQ cannot carry it',
    );
  }
  return hubId;
}

export function validateRoot(root: string): string {
  if (!root.split('/').every((level) => ROOT_LEVEL.test(level))) {
    throw new VaktError(
      'E_TOPIC_ROOT',
      `topic root "${root}" is not valid`,
      'use levels of letters, digits, "_" or "-" separated by "/", e.g. vakt/v1 (no ".", space, "+", "#" or "$")',
    );
  }
  return root;
}

export function topicFor(root: string, hubId: string, kind: TopicKind): string {
  return `${validateRoot(root)}/${validateHubId(hubId)}/${kind}`;
}

/** `{root}/state-request`: where a platform asks every hub for its state (TOPICS.md). */
export function stateRequestTopic(root: string): string {
  return `${validateRoot(root)}/${STATE_REQUEST_KIND}`;
}

/** Every topic of one hub, by kind. */
export function hubTopics(root: string, hubId: string): Record<TopicKind, string> {
  const all = [...HUB_TOPICS, ...PLATFORM_TOPICS];
  return Object.fromEntries(all.map((k) => [k, topicFor(root, hubId, k)])) as Record<TopicKind, string>;
}

/**
 * What a platform receiver subscribes to: every hub's topics of the given kinds, optionally as
 * an MQTT shared subscription ($share/{group}/…) so several receivers split the load.
 */
export function platformSubscriptions(
  root: string,
  kinds: readonly HubTopicKind[] = HUB_TOPICS,
  shareGroup?: string,
): string[] {
  validateRoot(root);
  if (shareGroup !== undefined && !ROOT_LEVEL.test(shareGroup)) {
    throw new VaktError(
      'E_SHARE_GROUP',
      `share group "${shareGroup}" is not valid`,
      'use letters, digits, "_" or "-"',
    );
  }
  const prefix = shareGroup === undefined ? '' : `$share/${shareGroup}/`;
  return kinds.map((k) => `${prefix}${root}/+/${k}`);
}

/** {root}/{hubId}/{kind} → its parts, or undefined when the topic is not ours. */
export function parseTopic(root: string, topic: string): { hubId: string; kind: TopicKind } | undefined {
  if (!topic.startsWith(`${root}/`)) return undefined;
  const rest = topic.slice(root.length + 1).split('/');
  if (rest.length !== 2) return undefined;
  const [hubId, kind] = rest as [string, string];
  if (!HUB_ID.test(hubId)) return undefined;
  if (
    !(HUB_TOPICS as readonly string[]).includes(kind) &&
    !(PLATFORM_TOPICS as readonly string[]).includes(kind)
  )
    return undefined;
  return { hubId, kind: kind as TopicKind };
}
