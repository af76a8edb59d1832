/**
 * An AT-command cellular modem (3GPP TS 27.005/27.007 subset) as a pure state machine: text in,
 * responses out. States: SIM present or not, network registration, signal quality. SMS in text
 * mode with the `> ` prompt, Ctrl-Z to send, Esc to cancel; `+CMS ERROR` codes on failure.
 */

export interface ModemState {
  simPresent: boolean;
  /** +CREG stat: 0 not registered, 1 home, 2 searching, 3 denied, 5 roaming. */
  registration: 0 | 1 | 2 | 3 | 5;
  /** +CSQ rssi 0–31 (99 unknown). Below 5 sending fails with a network timeout. */
  signal: number;
}

export interface SentSms {
  to: string;
  text: string;
  reference: number;
  at: string;
}

export const CMS = {
  OPERATION_NOT_ALLOWED: 302,
  SIM_NOT_INSERTED: 310,
  NO_NETWORK_SERVICE: 331,
  NETWORK_TIMEOUT: 332,
} as const;
const CTRL_Z = '\x1a';
const ESC = '\x1b';

export class AtModem {
  state: ModemState = { simPresent: true, registration: 1, signal: 20 };
  private echo = true;
  private textMode = false;
  private line = '';
  private smsTo: string | undefined;
  private reference = 0;

  constructor(
    private readonly now: () => number,
    private readonly onSms: (sms: SentSms) => void,
  ) {}

  /** Feeds received characters; returns what the modem answers. */
  feed(input: string): string {
    let out = '';
    for (const ch of input) {
      if (this.smsTo !== undefined) {
        out += this.smsChar(ch);
        continue;
      }
      if (this.echo) out += ch;
      if (ch === '\r') {
        const cmd = this.line.trim();
        this.line = '';
        if (cmd) out += this.command(cmd);
      } else if (ch !== '\n') {
        this.line += ch;
      }
    }
    return out;
  }

  private smsChar(ch: string): string {
    if (ch === ESC) {
      this.smsTo = undefined;
      this.line = '';
      return '\r\nOK\r\n';
    }
    if (ch !== CTRL_Z) {
      this.line += ch;
      return this.echo ? ch : '';
    }
    const to = this.smsTo!;
    const text = this.line.replace(/\r/g, '\n');
    this.smsTo = undefined;
    this.line = '';
    const fail = this.sendFailure();
    if (fail) return `\r\n+CMS ERROR: ${fail}\r\n`;
    this.reference = (this.reference + 1) % 256;
    this.onSms({ to, text, reference: this.reference, at: new Date(this.now()).toISOString() });
    return `\r\n+CMGS: ${this.reference}\r\n\r\nOK\r\n`;
  }

  private sendFailure(): number | undefined {
    if (!this.state.simPresent) return CMS.SIM_NOT_INSERTED;
    if (this.state.registration !== 1 && this.state.registration !== 5) return CMS.NO_NETWORK_SERVICE;
    if (this.state.signal < 5 || this.state.signal === 99) return CMS.NETWORK_TIMEOUT;
    return undefined;
  }

  private command(cmd: string): string {
    const c = cmd.toUpperCase();
    const ok = '\r\nOK\r\n';
    if (c === 'AT') return ok;
    if (c === 'ATE0' || c === 'ATE1') {
      this.echo = c === 'ATE1';
      return ok;
    }
    if (c === 'AT+CPIN?')
      return this.state.simPresent ? `\r\n+CPIN: READY\r\n${ok}` : '\r\n+CME ERROR: 10\r\n';
    if (c === 'AT+CREG?') return `\r\n+CREG: 0,${this.state.registration}\r\n${ok}`;
    if (c === 'AT+CSQ') return `\r\n+CSQ: ${this.state.signal},99\r\n${ok}`;
    if (c === 'AT+CMGF=1' || c === 'AT+CMGF=0') {
      this.textMode = c.endsWith('1');
      return ok;
    }
    if (c === 'AT+CMGF?') return `\r\n+CMGF: ${this.textMode ? 1 : 0}\r\n${ok}`;
    const cmgs = /^AT\+CMGS="(\+?\d{3,20})"$/.exec(c);
    if (cmgs) {
      if (!this.textMode) return `\r\n+CMS ERROR: ${CMS.OPERATION_NOT_ALLOWED}\r\n`;
      if (!this.state.simPresent) return `\r\n+CMS ERROR: ${CMS.SIM_NOT_INSERTED}\r\n`;
      this.smsTo = cmgs[1]!;
      return '\r\n> ';
    }
    if (c.startsWith('AT+CMGS')) return `\r\n+CMS ERROR: ${CMS.OPERATION_NOT_ALLOWED}\r\n`;
    return '\r\nERROR\r\n';
  }
}
