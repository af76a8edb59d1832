/** The device link between the receiver dongle and the gateway. Normative text: SPEC.md. */

export { AesCmac } from './aes-cmac.ts';
export { cobsDecodeInto, cobsEncodeInto, cobsMaxEncodedLength } from './cobs.ts';
export { crc16, frameCrc } from './crc16.ts';
export { type Decoded, decodeAll, FrameDecoder } from './decoder.ts';
export { describeFrame } from './describe.ts';
export { encodeFrame, frameBody, secureFrame, stuff } from './encoder.ts';
export * from './errors.ts';
export * from './frame.ts';
export {
  aesMmo,
  crc16x25,
  INSTALL_CODE_BYTES,
  type InstallCode,
  parseInstallCode,
  printInstallCode,
} from './install-code.ts';
export { type FrameJson, frameFromJson, frameToJson, parseDeviceId } from './json.ts';
export { hex32, PAYLOAD_SIZE } from './layout.ts';
export { nakFor } from './nak-rule.ts';
export { samplePendantAlarm, samplePendantHeartbeat, sampleReceiverStatus } from './samples.ts';
export { DeviceKey, Direction, isSecured, micInput, RSSI_MASK } from './security.ts';
export { FrameDecoderStream } from './stream.ts';
export {
  type CounterState,
  type KeyLookup,
  MemoryCounterState,
  type Verifiable,
  type Verified,
  verifyFrame,
} from './verifier.ts';
