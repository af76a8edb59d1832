/**
 * NULL link tests: every `intervalMs`, each receiver address that carried nothing successfully
 * in that time gets a NULL message, so a dead path is noticed before an alarm needs it.
 */
import type { Clock, Timer } from '../../protocol/clock.ts';
import { every } from '../../protocol/clock.ts';
import type { Centre } from './centre.ts';

export interface LinkTestTarget {
  account: string;
  receiver: string | undefined;
  line: string;
}

export class LinkTest {
  private timer: Timer | undefined;
  private running = false;

  constructor(
    private readonly centre: Centre,
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly target: LinkTestTarget,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    void this.tick();
    this.timer = every(this.clock, this.intervalMs, () => void this.tick());
  }

  stop(): void {
    this.timer?.cancel();
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const link of this.centre.links) {
        const s = this.centre.states.get(link)!;
        if (s.up && this.clock.now() - s.lastOkAtMs < this.intervalMs) continue;
        await this.centre.deliverOn(link, this.centre.nextSeq(), (seq, timeMs) => ({
          id: 'NULL',
          seq,
          receiver: this.target.receiver,
          line: this.target.line,
          account: this.target.account,
          extended: [],
          timeMs,
        }));
      }
    } finally {
      this.running = false;
    }
  }
}
