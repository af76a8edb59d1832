/**
 * MQTT 5 PUBLISH properties for each topic kind, used when the broker negotiates MQTT 5 (on
 * 3.1.1 the payload alone carries everything). Content type names the message; user properties
 * repeat hub and event id so a broker or bridge can route and trace without decoding; message
 * expiry applies only to liveness and state, never to alarms, which must not expire in a queue.
 */
import type { TopicKind } from './topics.ts';

const MESSAGE_NAME: Record<TopicKind, string> = {
  alarm: 'vakt.v1.Alarm',
  technical: 'vakt.v1.TechnicalAlarm',
  heartbeat: 'vakt.v1.Heartbeat',
  state: 'vakt.v1.HubState',
  inventory: 'vakt.v1.DeviceInventory',
  'command-result': 'vakt.v1.CommandResult',
  receipt: 'vakt.v1.Receipt',
  command: 'vakt.v1.Command',
};

export interface PublishProperties {
  contentType: string;
  payloadFormatIndicator: boolean;
  userProperties: Record<string, string>;
  messageExpiryInterval?: number;
}

/** `heartbeatIntervalS` bounds how long a heartbeat stays meaningful in a queue. */
export function publishProperties(
  kind: TopicKind,
  hubId: string,
  eventId?: string,
  heartbeatIntervalS = 60,
): PublishProperties {
  const props: PublishProperties = {
    contentType: `application/x-protobuf; proto=${MESSAGE_NAME[kind]}`,
    payloadFormatIndicator: false, // binary, not UTF-8
    userProperties: { 'vakt-hub': hubId, ...(eventId ? { 'vakt-event': eventId } : {}) },
  };
  if (kind === 'heartbeat') props.messageExpiryInterval = 2 * heartbeatIntervalS;
  if (kind === 'command-result') props.messageExpiryInterval = 24 * 3600;
  return props;
}
