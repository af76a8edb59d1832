/**
 * Every error code Vakt uses, with its category and a one-line meaning. `VaktError.code` is typed
 * by this list, so an unregistered code fails the typecheck. The CLI turns a category into an exit
 * code (EXIT_FOR_CATEGORY); docs/error-codes.md is the table of this list and a test keeps them
 * in agreement. Adding a code: one line here (code: [category, meaning]), then regenerate the
 * doc with `npx tsx protocol/error-codes-doc.ts > docs/error-codes.md`.
 */
export const ERROR_CATEGORIES = [
  'usage',
  'input',
  'config',
  'not-found',
  'unavailable',
  'failed',
  'internal',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/** What the CLI exits with for each category (docs/technician.md, "Exit codes"). */
export const EXIT_FOR_CATEGORY: Record<ErrorCategory, number> = {
  usage: 2,
  input: 2,
  config: 2,
  'not-found': 3,
  unavailable: 3,
  failed: 1,
  internal: 70,
};

type Entry = readonly [ErrorCategory, string];

export const ERROR_CODES = {
  E_ABORTED: ['failed', 'the operation was stopped by the person running it; nothing was written'],
  E_BACKUP_CHECK: ['failed', 'the backup copy failed its integrity check; keep the previous backup'],
  E_BROKER_AUTH: ['unavailable', 'the MQTT broker refused the login (user, password or client certificate)'],
  E_BROKER_CLOSED: ['unavailable', 'the MQTT broker closed the connection before it was ready'],
  E_BROKER_CONNECT: ['unavailable', 'could not connect to the MQTT broker'],
  E_BROKER_DNS: ['not-found', "the broker's host name does not resolve"],
  E_BROKER_LISTEN: ['unavailable', 'the embedded broker cannot listen on the port given'],
  E_BROKER_TIMEOUT: ['unavailable', 'the MQTT broker did not answer in time'],
  E_BROKER_TLS: ['unavailable', 'the TLS handshake with the broker failed'],
  E_BROKER_TLS_CA: ['unavailable', "the broker's certificate is not signed by the CA given"],
  E_BROKER_TLS_DATE: [
    'unavailable',
    "the broker's certificate is expired or not yet valid (check the clock)",
  ],
  E_BROKER_TLS_NAME: ['unavailable', "the broker's certificate does not name the host connected to"],
  E_BROKER_UNREACHABLE: ['unavailable', 'no route to the broker, or the port refused the connection'],
  E_CHECK: ['failed', 'a provisioning check failed; nothing was written'],
  E_COMMAND_BAD_SIGNATURE: ['input', "a platform command's signature does not verify"],
  E_COMMAND_EXPIRED: ['input', 'a platform command arrived after its validity ended'],
  E_COMMAND_MALFORMED: ['input', 'a platform command could not be decoded or has a bad field'],
  E_COMMAND_NOT_YET_VALID: ['input', 'a platform command claims to be issued too far in the future'],
  E_COMMAND_REPLAYED: ['input', "a platform command's nonce was seen before (a replay)"],
  E_COMMAND_UNKNOWN_KEY: ['input', 'a platform command is signed by a key the hub does not know'],
  E_COMMAND_WRONG_HUB: ['input', 'a platform command is addressed to another hub'],
  E_CONFIG: ['config', 'the config file has invalid fields (each is named)'],
  E_CONFIG_ANSWERS: ['input', 'provisioning answers do not make a valid config'],
  E_CONFIG_EXISTING: ['config', 'the existing config file cannot be read to be updated'],
  E_CONFIG_KEY: ['config', 'a public key named in commands.publicKeys cannot be read'],
  E_CONTROL_BUSY: ['unavailable', 'the control socket has its maximum number of connections'],
  E_CONTROL_INTERNAL: ['internal', 'the gateway failed while answering a control request'],
  E_CONTROL_JSON: ['input', 'a control-socket line is not a JSON object request'],
  E_CONTROL_METHOD: ['input', 'a control-socket request names no known method'],
  E_CONTROL_PARAMS: ['input', "a control-socket request's params are invalid (each is named)"],
  E_CONTROL_PENDING: ['unavailable', 'too many unanswered requests on one control connection'],
  E_CONTROL_TOO_LONG: ['input', 'a control-socket line is longer than the limit'],
  E_CONTROL_UNAVAILABLE: [
    'unavailable',
    'the gateway cannot do what was asked right now (e.g. write a backup)',
  ],
  E_DEMO_HUB: ['failed', 'the demo could not start its hub daemon'],
  E_DEVICE_ID: ['input', 'a device id is not 8 hex digits'],
  E_FILE_CONFIG: ['not-found', 'the config file cannot be read'],
  E_FILE_KEY: ['not-found', 'the key file cannot be read'],
  E_FILE_READ: ['not-found', 'an input file cannot be read'],
  E_FILE_SCENARIO: ['not-found', 'the scenario file cannot be read'],
  E_FILE_WRITE: ['unavailable', 'a file cannot be written'],
  E_FRAME_COBS: ['input', 'device-link bytes have inconsistent COBS stuffing'],
  E_FRAME_CRC: ['input', 'device-link bytes failed their CRC-16'],
  E_FRAME_ENCODE: ['input', 'a frame to encode has a field out of range'],
  E_FRAME_JSON: ['input', 'a frame given as JSON has a missing or invalid field'],
  E_FRAME_KIND: ['input', 'a frame has a kind byte this protocol version does not define'],
  E_FRAME_LENGTH: ['input', "a frame's length byte disagrees with its size"],
  E_FRAME_PAYLOAD: ['input', "a frame's payload is too short for its kind or has a field out of range"],
  E_FRAME_TOO_LONG: ['input', 'more bytes than the largest frame before a delimiter'],
  E_FRAME_TRUNCATED: ['input', 'fewer bytes than the smallest frame, or the stream ended inside one'],
  E_FRAME_VERSION: ['input', 'a frame has a protocol version this decoder does not speak'],
  E_HUB_ID: ['input', 'a hub id is not valid in an MQTT topic'],
  E_INPUT_ANSWERS: ['input', 'the provisioning answers file has invalid answers'],
  E_INPUT_ANSWERS_FILE: ['usage', 'the --answers file cannot be read'],
  E_INPUT_HEX: ['input', 'input is not hex bytes'],
  E_INPUT_MISSING: ['usage', 'a required answer or option was not given'],
  E_INPUT_PORTS: ['input', 'the receiver and modem are given the same port'],
  E_INTERNAL: ['internal', 'an unexpected error (a bug); rerun with VAKT_DEBUG=1 for a stack'],
  E_MODEM_ERROR: ['unavailable', 'the modem answered ERROR'],
  E_MODEM_NETWORK: ['unavailable', 'the modem is not registered on a network'],
  E_MODEM_PORT: ['unavailable', "the modem's serial port cannot be opened"],
  E_MODEM_REFUSED: ['unavailable', 'the network refused the SMS'],
  E_MODEM_SILENT: ['unavailable', 'the modem does not answer AT commands'],
  E_MODEM_SIM: ['unavailable', 'the SIM is missing, locked or not ready'],
  E_MODEM_TIMEOUT: ['unavailable', 'the modem did not answer in time'],
  E_NOT_RUNNING: ['unavailable', "the gateway's control socket cannot be reached"],
  E_PAIR_FAILED: ['failed', 'pairing did not complete'],
  E_PAYLOAD: ['input', 'an MQTT payload does not decode as its message type'],
  E_PORT_ACCESS: ['unavailable', 'no permission to open the serial port'],
  E_PORT_BUSY: ['unavailable', 'the serial port is in use by another process'],
  E_PORT_IO: ['unavailable', 'reading or writing the serial port failed'],
  E_PORT_MISSING: ['not-found', 'the serial port does not exist'],
  E_PORT_NONE: ['not-found', 'no serial ports were found on this machine'],
  E_PORT_NOT_SERIAL: ['not-found', 'no serial port at the path given (it is another kind of file)'],
  E_PORT_OPEN: ['unavailable', 'the serial port cannot be opened'],
  E_PTY_SOCAT: ['unavailable', 'socat is missing or failed to make a PTY pair'],
  E_SCENARIO: ['input', 'the scenario file has invalid fields (each is named)'],
  E_SHARE_GROUP: ['input', 'a shared-subscription group name is not valid in a topic'],
  E_SHARE_UNSUPPORTED: ['unavailable', 'the broker does not honour $share shared subscriptions (a probe found out)'],
  E_SIM_ACTION: ['failed', 'a simulated device action failed'],
  E_SIM_DEVICE: ['input', 'the simulation has no device of that name or id'],
  E_SMS_FORMAT: ['input', 'an SMS text is not a valid Vakt SMS'],
  E_SOCKET_GROUP: ['config', 'control.group is not a group on this hub'],
  E_SOCKET_LISTEN: ['unavailable', 'the gateway cannot listen on its control socket path'],
  E_SOCKET_PATH: ['config', 'the control socket path holds something other than a socket'],
  E_SOCKET_TIMEOUT: ['unavailable', 'the gateway did not answer on its control socket in time'],
  E_STORAGE_OPEN: ['unavailable', "the hub's database cannot be opened"],
  E_STORAGE_VERSION: ['unavailable', "the hub's database was written by a newer version"],
  E_TEST_ALARM_TIMEOUT: ['failed', 'the platform did not receipt the test alarm in time'],
  E_TOPIC_ROOT: ['input', 'the MQTT topic root is not valid'],
  E_USAGE: ['usage', 'the command line is wrong (unknown command or option, missing argument)'],
  E_USAGE_ARG: ['usage', 'an argument is invalid'],
  E_USAGE_BACKUP: ['usage', 'the backup path is not valid'],
  E_USAGE_BROKER: ['usage', 'the broker URL or its options are invalid'],
  E_USAGE_COMMAND: ['usage', 'the remote command or its arguments are invalid'],
  E_USAGE_DURATION: ['usage', 'a duration option is not valid (e.g. 30s, 5m)'],
  E_USAGE_EXISTS: ['usage', 'the file exists; give --force to replace it'],
  E_USAGE_KIND: ['usage', 'the event kind is not known'],
  E_USAGE_LINK: ['usage', 'the device link option is not valid'],
  E_USAGE_LOCATION: ['usage', 'the location is not a SCAIP location code'],
  E_USAGE_MQTT_VERSION: ['usage', 'the MQTT protocol version is not 5, 3.1.1 (4) or auto'],
  E_USAGE_PORT: ['usage', 'the TCP port is not valid'],
  E_USAGE_SPEED: ['usage', 'the simulation speed is not a positive number'],
  E_USAGE_TIMEOUT: ['usage', 'the timeout is not valid'],
} as const satisfies Record<`E_${string}`, Entry>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

export function categoryOf(code: ErrorCode): ErrorCategory {
  return ERROR_CODES[code][0];
}
