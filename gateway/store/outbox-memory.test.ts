/** The in-memory outbox (`MemoryOutbox`) against the Outbox contract. */
import { MemoryOutbox } from './memory-outbox.ts';
import { outboxContract } from './outbox.contract.ts';

outboxContract({ name: 'memory (MemoryOutbox)', make: () => new MemoryOutbox() });
