/**
 * Watches a byte stream from an MQTT broker and says, from the fixed header alone, when a packet
 * is larger than we accept — before its body arrives, so a 64 MiB PUBLISH is refused after a few
 * bytes instead of being buffered whole. Pure and incremental: bytes in, verdicts out.
 *
 * MQTT fixed header: 1 byte type/flags, then the Remaining Length as a variable byte integer
 * (7 bits a byte, low group first, high bit = more; at most 4 bytes). Packet size = 1 + length
 * bytes + Remaining Length, the size MQTT 5's Maximum Packet Size counts.
 *   30 80 80 80 20  →  PUBLISH QoS 0, Remaining Length 0x20 × 128³ = 64 MiB, packet 67,108,869 bytes.
 */

export interface OversizePacket {
  /** MQTT control packet type (3 = PUBLISH). */
  type: number;
  /** The fixed header's low 4 bits (PUBLISH: DUP, QoS ×2, RETAIN). */
  flags: number;
  /** What of the pushed chunk follows the fixed header: the start of the packet's variable header. */
  rest: Uint8Array;
  /** 1 + length bytes + Remaining Length; undefined when the length field itself is malformed. */
  bytes: number | undefined;
}

export class PacketSizeScanner {
  private state: 'type' | 'length' | 'body' = 'type';
  private type = 0;
  private flags = 0;
  private length = 0;
  private lengthBytes = 0;
  private bodyLeft = 0;

  constructor(readonly maxBytes: number) {}

  /** The first packet over the limit that starts in `chunk`, or undefined. Stops scanning after one. */
  push(chunk: Uint8Array): OversizePacket | undefined {
    let i = 0;
    while (i < chunk.length) {
      if (this.state === 'body') {
        const skip = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= skip;
        i += skip;
        if (this.bodyLeft === 0) this.state = 'type';
        continue;
      }
      const b = chunk[i++]!;
      if (this.state === 'type') {
        this.type = b >> 4;
        this.flags = b & 0x0f;
        this.length = 0;
        this.lengthBytes = 0;
        this.state = 'length';
        continue;
      }
      this.length += (b & 0x7f) * 128 ** this.lengthBytes++;
      if (b & 0x80) {
        if (this.lengthBytes === 4) return this.verdict(undefined, chunk.subarray(i));
        continue;
      }
      const size = 1 + this.lengthBytes + this.length;
      if (size > this.maxBytes) return this.verdict(size, chunk.subarray(i));
      this.bodyLeft = this.length;
      this.state = this.length === 0 ? 'type' : 'body';
    }
    return undefined;
  }

  private verdict(bytes: number | undefined, rest: Uint8Array): OversizePacket {
    return { type: this.type, flags: this.flags, bytes, rest };
  }
}

/**
 * The packet id of a QoS 1 PUBLISH from the start of its variable header (topic length, topic,
 * id), or undefined while more bytes are needed. At most 65,539 bytes are ever needed.
 */
export function publishPacketId(head: Uint8Array): number | undefined {
  if (head.length < 2) return undefined;
  const at = 2 + ((head[0]! << 8) | head[1]!);
  return head.length < at + 2 ? undefined : (head[at]! << 8) | head[at + 1]!;
}
