/**
 * What the demo explains as each step happens: the scenario's actions (a pendant press, a fall
 * and its cancel window, a door, the receiver unplugged), what the devices send, and what the hub
 * pushes (receipts, technical alarms) — in the words `vakt monitor` uses (tools/term/event-words.ts).
 */
import type { SimEvent } from '../../firmware-sim/events.ts';
import type { Scenario } from '../../firmware-sim/scenario/schema.ts';
import { StatusCode } from '../../protocol/codes/scaip.ts';
import { eventWords, type HubEvent, hubEventWords } from '../term/event-words.ts';
import { RECEIVER_LOST_AFTER_S } from './hub-link.ts';
import { deviceName, say } from './story.ts';

/** Why each scenario step matters, said when it happens. */
function explainAction(verb: string, device: string | undefined, s: Scenario): string | undefined {
  const d = s.devices.find((x) => x.name === device);
  const windowS = d?.window !== undefined ? d.window / 1000 : 30;
  switch (verb) {
    case 'press':
      return `${device}'s wearer presses the alarm button. The hub must store the alarm durably before it ACKs the device, then send it to the platform and wait for its receipt.`;
    case 'fall':
      return `${device} detects a fall and opens its cancel window (${windowS} s): the wearer may press "I'm OK"; only if nobody does is the alarm sent.`;
    case 'cancel':
      return `${device}'s wearer pressed "I'm OK" inside the cancel window: no alarm is sent, nothing reaches the hub.`;
    case 'open':
      return `${device} opens: a status event, not an alarm — the platform gets it as information${d?.window !== undefined ? `; left open over ${d.window / 1000} s it says "open too long"` : ''}.`;
    case 'close':
      return `${device} closes again.`;
    case 'unplug':
      return `The receiver dongle is pulled out of the hub: it hears no device now. After ${RECEIVER_LOST_AFTER_S} s without the receiver the hub raises a technical alarm for the platform.`;
    case 'replug':
      return 'The dongle is plugged back in: once it answers, the hub clears the technical alarm.';
    case 'test':
      return `${device}'s test button: a TEST event, receipted like any other — how an installer proves the whole path.`;
    default:
      return undefined;
  }
}

/** Tells what the simulated devices and dongle do, each step explained. */
export function tellSimEvents(
  sim: { on(e: 'event', fn: (e: SimEvent) => void): unknown },
  names: Map<number, string>,
  scenario: Scenario,
): void {
  sim.on('event', (e: SimEvent) => {
    if (e.type === 'action') {
      const why = explainAction(e.action, e.device, scenario);
      if (why) say('demo', why);
    } else if (e.type === 'sent' && e.frame.kind === 'device_event' && e.frame.attempt === 0) {
      if (e.frame.statusCode === StatusCode.ALARM_AUTOMATIC)
        say('demo', 'Nobody pressed "I\'m OK" within the cancel window: the fall detector sends the alarm itself.');
      say(
        'device',
        `${deviceName(names, e.deviceId)}: ${eventWords(e.frame.eventClass, e.frame.statusCode)} sent over the radio`,
      );
    } else if (e.type === 'acked' && e.eventClass !== 'status')
      say(
        'hub',
        `ACKed ${deviceName(names, e.deviceId)} seq ${e.seq} after ${e.latencyMs} ms (stored durably first)`,
      );
    else if (e.type === 'dongle') say('device', `receiver dongle ${e.state}`);
  });
}

const WHY_TECHNICAL: Record<string, string> = {
  RECEIVER_LOST: 'The platform now knows this hub cannot hear its devices, and can send someone.',
  DEVICE_BATTERY_LOW: 'A technical alarm, not an emergency: the platform plans a battery change before the device falls silent.',
};

/** Tells what the hub pushes that a person watching cares about: receipts and technical alarms. */
export function tellHubEvent(e: HubEvent): void {
  if (e.kind === 'receipted' || e.kind.startsWith('technical') || e.kind === 'path') say('hub', hubEventWords(e));
  const why = e.kind === 'technical_raised' ? WHY_TECHNICAL[String(e.technicalKind)] : undefined;
  if (why) say('demo', why);
}
