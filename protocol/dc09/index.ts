/** SIA DC-09 (ANSI/SIA DC-09-2013) messages, Contact ID and SIA event data, and the Vakt mapping. */
export * from './cipher.ts';
export * from './crc.ts';
export * from './data.ts';
export * from './errors.ts';
export * from './mapping.ts';
export * from './message.ts';
export * from './reply.ts';
export * from './splitter.ts';
export * from './timestamp.ts';
