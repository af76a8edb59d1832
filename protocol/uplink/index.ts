/** The hub ⇄ platform contract: vakt.proto (generated code), topics, signed commands. */
export { vakt } from './generated/vakt.js';
export * from './messages.ts';
export * from './properties.ts';
export * from './receipt-signing.ts';
export { sampleAlarm } from './samples.ts';
export * from './signing.ts';
export * from './topics.ts';
