/** Command-line flags of `vakt provision` turned into one answers layer (see answers.ts). */
import type { Answers, BrokerAnswer } from './answers.ts';

export interface ProvisionFlags {
  hubId?: string;
  broker?: string;
  ca?: string;
  cert?: string;
  key?: string;
  username?: string;
  passwordFile?: string;
  passwordEnv?: string;
  secondaryBroker?: string;
  secondaryCa?: string;
  secondaryCert?: string;
  secondaryKey?: string;
  secondaryUsername?: string;
  secondaryPasswordFile?: string;
  secondaryPasswordEnv?: string;
  /** false with --no-secondary. */
  secondary?: boolean;
  serialPort?: string;
  modemPort?: string;
  smsNumber?: string[];
  /** false with --no-sms. */
  sms?: boolean;
  /** false with --no-public-key. */
  publicKey?: string | false;
  stateDir?: string;
  controlSocket?: string;
}

export function answersFromFlags(f: ProvisionFlags): Answers {
  const a: Answers = {};
  const primary = broker(f.broker, f.ca, f.cert, f.key, f.username, f.passwordFile, f.passwordEnv);
  if (primary) a.primary = primary;
  const secondary = broker(
    f.secondaryBroker,
    f.secondaryCa,
    f.secondaryCert,
    f.secondaryKey,
    f.secondaryUsername,
    f.secondaryPasswordFile,
    f.secondaryPasswordEnv,
  );
  if (f.secondary === false) a.secondary = null;
  else if (secondary) a.secondary = secondary;
  if (f.hubId !== undefined) a.hubId = f.hubId;
  if (f.serialPort !== undefined) a.serialPort = f.serialPort;
  if (f.sms === false) a.modemPort = null;
  else {
    if (f.modemPort !== undefined) a.modemPort = f.modemPort;
    if (f.smsNumber?.length) a.smsNumbers = f.smsNumber.flatMap((n) => n.split(',')).map((n) => n.trim());
  }
  if (f.publicKey === false) a.publicKey = null;
  else if (f.publicKey !== undefined) a.publicKey = f.publicKey;
  if (f.stateDir !== undefined) a.stateDir = f.stateDir;
  if (f.controlSocket !== undefined) a.controlSocket = f.controlSocket;
  return a;
}

function broker(
  url?: string,
  ca?: string,
  cert?: string,
  key?: string,
  username?: string,
  passwordFile?: string,
  passwordEnv?: string,
): BrokerAnswer | undefined {
  const b = Object.fromEntries(
    Object.entries({ url, ca, cert, key, username, passwordFile, passwordEnv }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as BrokerAnswer;
  return Object.keys(b).length > 0 ? b : undefined;
}
