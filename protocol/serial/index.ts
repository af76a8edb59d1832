/** The device link between the receiver dongle and the gateway. Normative text: SPEC.md. */
export * from './frame.ts';
export * from './errors.ts';
export { FrameDecoder, decodeAll, type Decoded } from './decoder.ts';
export { encodeFrame, frameBody, stuff } from './encoder.ts';
export { frameToJson, frameFromJson, parseDeviceId, type FrameJson } from './json.ts';
export { crc16 } from './crc16.ts';
export { cobsEncodeInto, cobsDecodeInto, cobsMaxEncodedLength } from './cobs.ts';
export { PAYLOAD_SIZE, hex32 } from './layout.ts';
export { describeFrame } from './describe.ts';
export { FrameDecoderStream } from './stream.ts';
