/**
 * The mosquitto ACL exactly as protocol/uplink/TOPICS.md documents it ("Access control"), so the
 * tests that rely on it test the documentation: the first ```text block after "mosquitto
 * example", with its receiver block repeated for every receiver account given.
 */
import { readFileSync } from 'node:fs';

const TOPICS_MD = new URL('../../protocol/uplink/TOPICS.md', import.meta.url);

export function documentedAcl(): string {
  const doc = readFileSync(TOPICS_MD, 'utf8');
  const at = doc.indexOf('mosquitto example');
  const block = /```text\n([\s\S]*?)```/.exec(doc.slice(at));
  if (at < 0 || !block) throw new Error('TOPICS.md has no mosquitto ACL example');
  return block[1]!;
}

/** The documented ACL with its `user centre-receiver` block given to each of `receivers`. */
export function RECEIVER_ACL(receivers: string[]): string {
  const acl = documentedAcl();
  const at = acl.indexOf('user centre-receiver');
  const hubs = acl.slice(0, at);
  const receiver = acl.slice(at);
  return hubs + receivers.map((r) => receiver.replace('user centre-receiver', `user ${r}`)).join('\n');
}
