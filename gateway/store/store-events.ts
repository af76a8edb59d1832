/**
 * What the hub state tells the stages after it: `outbox` after a commit that added to the durable
 * outbox and when an event is held in memory (the uplink's one signal to send), and
 * `storage-error` for every write that failed (the gateway logs it and checks storage at once),
 * `wal-relieved` when the WAL was checkpointed and truncated to give a full disk space back.
 * `devices` after a device was paired, relabelled or unpaired (the inventory is republished).
 * `recorded` for each row of event history once its commit is on disk (device events, technical
 * alarms, notices, test alarms, receipts): what control-socket subscribers are pushed.
 */
import type { RecordedEvent } from './history-table.ts';
import type { WalRelief } from './wal-keeper.ts';

export type StoreEvents = {
  outbox: [];
  devices: [];
  'storage-error': [err: Error, what: string];
  'wal-relieved': [relief: WalRelief];
  recorded: [event: RecordedEvent];
};
