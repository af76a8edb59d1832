/**
 * Whether and how the CLI colours what it prints. Colour only where it carries meaning — a
 * verdict (PASS green, WARN yellow, FAIL red, SKIP dim) — and only on a terminal: never when
 * piped, never with NO_COLOR set (https://no-color.org), never on TERM=dumb. FORCE_COLOR=1 turns
 * it on anyway (for a pager that understands it: `FORCE_COLOR=1 vakt diag | less -R`).
 */
export interface ColourStream {
  isTTY?: boolean;
}

export function colourOn(
  stream: ColourStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const SGR = { green: 32, yellow: 33, red: 31, dim: 2, bold: 1 } as const;
export type Hue = keyof typeof SGR;

export function paint(text: string, hue: Hue, on: boolean): string {
  return on ? `\u001b[${SGR[hue]}m${text}\u001b[0m` : text;
}

export type Verdict = 'pass' | 'warn' | 'fail' | 'skip';
const VERDICT: Record<Verdict, [string, Hue]> = {
  pass: ['PASS', 'green'],
  warn: ['WARN', 'yellow'],
  fail: ['FAIL', 'red'],
  skip: ['SKIP', 'dim'],
};

/** PASS / WARN / FAIL / SKIP, coloured when `on`. Always four characters wide. */
export function verdict(v: Verdict, on: boolean): string {
  const [word, hue] = VERDICT[v];
  return paint(word, hue, on);
}

/** The text without colour codes: its width on screen. */
export function plain(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
