/** The software version the hub reports (HubState, vakt status): package.json's. */
import { createRequire } from 'node:module';

export const SOFTWARE_VERSION = (createRequire(import.meta.url)('../package.json') as { version: string })
  .version;
