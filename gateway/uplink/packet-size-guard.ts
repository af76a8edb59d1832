/**
 * The local half of the packet size limit. MQTT 5 brokers honour the Maximum Packet Size a client
 * sends in CONNECT (connect-options.ts) and drop what is larger; an MQTT 3.1.1 broker (the hub's
 * fallback) knows no such limit, and mqtt.js would buffer a whole 64 MiB PUBLISH before it even
 * looks. So every stream the client opens is watched byte by byte (protocol/uplink/packet-size.ts)
 * and destroyed as soon as a header announces a packet over the limit: at most one read (64 KiB)
 * of it is ever held. The client then sees an error and its owner reconnects as after any loss.
 * A QoS 1 PUBLISH is first acknowledged (PUBACK with its packet id, read from the first bytes of
 * the packet): otherwise a broker keeping the session would send it again after every reconnect
 * and the hub would never stay connected. After the PUBACK the socket is held open, unread and
 * unpiped from mqtt.js (so nothing more of the packet comes in: TCP flow control stops the broker),
 * for ACKED_GRACE_MS before it is closed. Closing at once sends a TCP reset right behind the
 * PUBACK; a broker that finds the reset before it has read the PUBACK (mosquitto, busy writing
 * the packet, fails that write and drops the connection with its input unread) keeps the message
 * and sends it again on every reconnect (seen with mosquitto on MQTT 3.1.1 on a loaded machine).
 * Reading the rest of the packet instead would cost up to its size in memory until the next GC.
 *
 * mqtt.js makes each connection's stream with its `streamBuilder` (a private field of MqttClient
 * since v4); the guard wraps it. packet-size-guard.test.ts fails should a new mqtt.js change that.
 */
import type { Duplex } from 'node:stream';
import type { MqttClient } from 'mqtt';
import { VaktError } from '../../protocol/errors.ts';
import { PacketSizeScanner, publishPacketId } from '../../protocol/uplink/packet-size.ts';

/** What any Vakt client accepts from a broker unless told otherwise: commands and receipts are < 2 KiB. */
export const HUB_MAX_PACKET_BYTES = 256 * 1024;
/** How long the socket stays open (and unread) after the PUBACK of an oversized packet. */
export const ACKED_GRACE_MS = 2_000;

export class PacketTooLargeError extends VaktError {
  constructor(
    readonly bytes: number | undefined,
    readonly maxBytes: number,
  ) {
    super(
      'E_BROKER_PACKET_TOO_LARGE',
      bytes === undefined
        ? 'broker sent a packet with a malformed length'
        : `broker sent a ${bytes}-byte packet; at most ${maxBytes} bytes are accepted`,
      'someone published an oversized message on a topic this client reads; set message_size_limit on the broker',
    );
  }
}

type StreamBuilder = (client: MqttClient) => Duplex;

export function guardPacketSize(client: MqttClient, maxBytes: number): void {
  const holder = client as unknown as { streamBuilder?: StreamBuilder; stream?: Duplex };
  const build = holder.streamBuilder;
  if (typeof build !== 'function')
    throw new VaktError('E_INTERNAL', 'mqtt.js has no streamBuilder: the packet size guard cannot attach');
  holder.streamBuilder = (c) => watch(build(c), maxBytes);
  if (holder.stream) watch(holder.stream, maxBytes); // the first stream is made in the constructor
}

function watch(stream: Duplex, maxBytes: number): Duplex {
  const scanner = new PacketSizeScanner(maxBytes);
  let refusing: { error: PacketTooLargeError; head: Buffer } | undefined;
  const onData = (chunk: Buffer) => {
    if (refusing) {
      refusing.head = Buffer.concat([refusing.head, chunk]);
      return ackThenClose();
    }
    const over = scanner.push(chunk);
    if (!over) return;
    const error = new PacketTooLargeError(over.bytes, maxBytes);
    const qos = (over.flags >> 1) & 3;
    if (over.type !== 3 || qos !== 1 || over.bytes === undefined) return close(error);
    refusing = { error, head: Buffer.from(over.rest) };
    ackThenClose();
  };
  const ackThenClose = () => {
    const r = refusing!;
    const id = publishPacketId(r.head);
    if (id === undefined) {
      if (r.head.length > MAX_VARIABLE_HEADER) close(r.error);
      return;
    }
    stream.off('data', onData);
    stream.unpipe(); // mqtt.js's parser gets none of the rest
    stream.pause();
    refusing = undefined;
    stream.write(Buffer.from([0x40, 0x02, id >> 8, id & 0xff]), () => {
      const timer = setTimeout(() => stream.destroy(r.error), ACKED_GRACE_MS);
      timer.unref();
      stream.once('close', () => clearTimeout(timer));
    });
  };
  const close = (error: PacketTooLargeError) => {
    stream.off('data', onData);
    stream.destroy(error);
  };
  stream.on('data', onData);
  return stream;
}

/** Topic length (2) + topic (≤ 65,535) + packet id (2). */
const MAX_VARIABLE_HEADER = 65_539;
