/**
 * Bounds on what the config loader will read, so no file given to `vakt run` or `vakt config check`
 * can exhaust memory or the stack: a size cap read through a bounded buffer, a nesting-depth cap
 * found by an iterative walk of yaml's concrete syntax tree (the composer recurses per level), and
 * the alias-expansion cap yaml enforces while converting to plain values.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { type CST, LineCounter, Parser } from 'yaml';
import { fix } from './fields.ts';

/** A real config is a few KiB; this leaves room for long comments and many public keys. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** Collections inside collections: the schema nests 3 (uplink.primary.url); far deeper is not a Vakt config. */
export const MAX_CONFIG_DEPTH = 32;
/** yaml's `maxAliasCount`: aliases are legal YAML, but a config needs few. */
export const MAX_CONFIG_ALIASES = 50;

/** At most MAX_CONFIG_BYTES + 1 bytes of `file`, so a huge file (or /dev/zero) is never read whole. */
export function readBounded(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_CONFIG_BYTES) return undefined;
  return `(file): ${fix(
    `is larger than ${MAX_CONFIG_BYTES / 1024} KiB`,
    'give the hub config file (a few KiB of YAML); check --config names the right file',
  )}`;
}

/**
 * The first place where collections nest deeper than MAX_CONFIG_DEPTH, as a problem line, or
 * undefined. Walks with an explicit stack: a recursive walk would itself overflow on 100,000 `[`.
 */
export function depthProblem(text: string): string | undefined {
  const lines = new LineCounter();
  const stack: Array<[CST.Token, number]> = [];
  for (const token of new Parser(lines.addNewLine).parse(text)) stack.push([token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (depth > MAX_CONFIG_DEPTH) {
      const { line } = lines.linePos(token.offset);
      return `(top level) (line ${line}): ${fix(
        `values nest more than ${MAX_CONFIG_DEPTH} levels deep`,
        'a hub config nests at most 4 levels (e.g. uplink.primary.url); check the indentation and brackets',
      )}`;
    }
    for (const child of children(token)) stack.push([child, isCollection(child) ? depth + 1 : depth]);
  }
  return undefined;
}

function isCollection(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

function children(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection': {
      const out: CST.Token[] = [];
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) out.push(item.key);
        if (item.value) out.push(item.value);
      }
      return out;
    }
    default:
      return [];
  }
}

/** yaml's own message when `maxAliasCount` is exceeded (a ReferenceError, not a YAMLError). */
export function isAliasExhaustion(err: unknown): boolean {
  return err instanceof ReferenceError && /alias count/i.test(err.message);
}

export function aliasProblem(): string {
  return `(top level): ${fix(
    `expands more than ${MAX_CONFIG_ALIASES} YAML aliases (*name)`,
    'write the values out instead of repeating anchors; a hub config needs few or no aliases',
  )}`;
}
