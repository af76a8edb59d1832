/**
 * Checks a schema-valid scenario for what zod cannot see: unknown or duplicate device names and
 * ids, verbs that do not fit the device's kind, windows that end before they start.
 */
import type { Scenario } from './schema.ts';

const VERB_KINDS: Record<string, string[] | 'none' | 'any'> = {
  press: ['pendant', 'wrist', 'fall'],
  test: ['pendant', 'wrist'],
  pull: ['pull_cord'],
  fall: ['fall'],
  cancel: ['fall'],
  open: ['door'],
  close: ['door'],
  smoke: ['smoke'],
  clear: ['smoke'],
  activity: ['activity'],
  tamper: 'any',
  untamper: 'any',
  'battery-die': 'any',
  'battery-swap': 'any',
  'out-of-range': 'any',
  'in-range': 'any',
};

export interface Problem {
  path: (string | number)[];
  message: string;
}

export function checkReferences(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(s.devices.map((d) => [d.name, d]));
  const seenIds = new Map<number, number>();
  s.devices.forEach((d, i) => {
    if (s.devices.findIndex((x) => x.name === d.name) !== i)
      problems.push({ path: ['devices', i, 'name'], message: `device name "${d.name}" is used twice` });
    if (seenIds.has(d.id))
      problems.push({
        path: ['devices', i, 'id'],
        message: `device id is already used by devices.${seenIds.get(d.id)}`,
      });
    seenIds.set(d.id, i);
  });
  for (const [i, e] of s.timeline.entries()) {
    if ('do' in e) problems.push(...checkAction(e.do, i, byName, s));
    else {
      if (e.to <= e.from)
        problems.push({ path: ['timeline', i, 'to'], message: '"to" must be after "from"' });
      if (e.fault === 'loss' && !e.device)
        problems.push({ path: ['timeline', i], message: 'a "loss" fault needs "device: <name>"' });
      if (e.device && !byName.has(e.device))
        problems.push({ path: ['timeline', i, 'device'], message: `no device named "${e.device}"` });
    }
  }
  return problems;
}

function checkAction(
  doText: string,
  i: number,
  byName: Map<string, Scenario['devices'][number]>,
  s: Scenario,
): Problem[] {
  const path = ['timeline', i, 'do'];
  const [verb, name] = doText.split(' ') as [string, string | undefined];
  const kinds = VERB_KINDS[verb] ?? 'none';
  if (kinds === 'none') return name ? [{ path, message: `"${verb}" takes no device` }] : [];
  if (!name)
    return [{ path, message: `"${verb}" needs a device name, e.g. "${verb} ${s.devices[0]?.name}"` }];
  const d = byName.get(name);
  if (!d) return [{ path, message: `no device named "${name}" (devices: ${[...byName.keys()].join(', ')})` }];
  if (kinds !== 'any' && !kinds.includes(d.kind)) {
    return [
      {
        path,
        message: `"${verb}" does not apply to ${name}, a ${d.kind} (it applies to: ${kinds.join(', ')})`,
      },
    ];
  }
  return [];
}
