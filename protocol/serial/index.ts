/** The device link between the receiver dongle and the gateway. Normative text: SPEC.md. */

export { cobsDecodeInto, cobsEncodeInto, cobsMaxEncodedLength } from './cobs.ts';
export { crc16 } from './crc16.ts';
export { type Decoded, decodeAll, FrameDecoder } from './decoder.ts';
export { describeFrame } from './describe.ts';
export { encodeFrame, frameBody, stuff } from './encoder.ts';
export * from './errors.ts';
export * from './frame.ts';
export { type FrameJson, frameFromJson, frameToJson, parseDeviceId } from './json.ts';
export { hex32, PAYLOAD_SIZE } from './layout.ts';
export { samplePendantAlarm, samplePendantHeartbeat, sampleReceiverStatus } from './samples.ts';
export { FrameDecoderStream } from './stream.ts';
