/** What a broker link is given (its settings, the birth facts) and what it tells (its events). */
import type { IClientOptions } from 'mqtt';
import type { vakt } from '../../protocol/uplink/index.ts';
import type { MqttVersionSetting } from '../config/broker.ts';

export type PathName = 'primary' | 'secondary';

export interface BrokerLinkSettings {
  /** The path's node addresses, tried in order (one broker: one address). */
  urls: string[];
  mqttVersion: MqttVersionSetting;
  options: IClientOptions;
  root: string;
  hubId: string;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  heartbeatIntervalS: number;
}

export interface BirthFacts {
  /** Next birth/death sequence number, persisted by the caller. */
  nextBdSeq(): number;
  state(): Omit<vakt.v1.IHubState, 'hubId' | 'status' | 'bdSeq' | 'atMs'>;
}

export type BrokerLinkEvents = {
  up: [];
  down: [reason: string];
  receipt: [receipt: vakt.v1.Receipt];
  command: [bytes: Uint8Array];
  'state-request': [bytes: Uint8Array];
};
