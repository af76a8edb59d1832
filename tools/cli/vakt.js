#!/usr/bin/env node
// The `vakt` command. Registers tsx so the TypeScript sources run as they are (no build step).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
