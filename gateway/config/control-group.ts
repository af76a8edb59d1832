/**
 * `control.group`: the daemon gives its control socket to this group at start. A process that is
 * not root can only chgrp to a group it is in, so a group that does not exist, or one the service
 * user is not in (systemd: `SupplementaryGroups=`), is reported here — by `vakt config check` and
 * before `vakt run` opens anything — instead of failing after start-up.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fix } from './fields.ts';

export interface ProcessIds {
  uid: number;
  gids: number[];
  user: string;
}

function currentIds(): ProcessIds {
  let user = String(process.getuid?.() ?? '?');
  try {
    user = execFileSync('id', ['-un'], { encoding: 'utf8', timeout: 2000 }).trim() || user;
  } catch {
    // The uid is enough to name the user in the message.
  }
  return {
    uid: process.getuid?.() ?? -1,
    gids: [process.getegid?.() ?? -1, ...(process.getgroups?.() ?? [])],
    user,
  };
}

/** A group's id from /etc/group, else from NSS (`getent`), else undefined. */
export function groupId(name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name);
  try {
    const line = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((l) => l.split(':')[0] === name);
    if (line) return Number(line.split(':')[2]);
  } catch {
    // No /etc/group: ask NSS below.
  }
  try {
    const out = execFileSync('getent', ['group', name], { encoding: 'utf8', timeout: 2000 });
    const gid = Number(out.split(':')[2]);
    return Number.isInteger(gid) ? gid : undefined;
  } catch {
    return undefined;
  }
}

export function controlGroupProblem(
  name: string,
  ids: ProcessIds = currentIds(),
  lookup: (name: string) => number | undefined = groupId,
): string | undefined {
  const gid = lookup(name);
  if (gid === undefined)
    return `control.group: ${fix(
      `group "${name}" does not exist on this hub`,
      `create it (groupadd ${name}) and add the service user to it, or remove control.group`,
    )}`;
  if (ids.uid === 0 || ids.gids.includes(gid)) return undefined;
  return `control.group: ${fix(
    `user ${ids.user} is not in group "${name}", so it cannot give the control socket to that group`,
    `under systemd add SupplementaryGroups=${name} in a drop-in (systemctl edit vakt; docs/control-socket.md), or usermod -aG ${name} ${ids.user}`,
  )}`;
}
