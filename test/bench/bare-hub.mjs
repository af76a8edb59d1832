// The footprint bench's baseline: a bare Node process that opens what `vakt run` opens — the
// serial port (reading it), the SQLite state database (WAL, synchronous=FULL) and one MQTT
// connection — prints "ready" and idles. Plain JavaScript, so nothing is transpiled.
// Usage: node test/bench/bare-hub.mjs PORT DB_FILE MQTT_URL
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { SerialPort } from 'serialport';

const [path, dbFile, url] = process.argv.slice(2);
const port = new SerialPort({ path, baudRate: 115200, autoOpen: false });
await new Promise((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
port.on('data', () => {});
const db = new Database(dbFile);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
// writeCache: false as the hub's own client (gateway/uplink/connect-options.ts), so both skip mqtt-packet's 6 MB number cache.
const client = mqtt.connect(url, { clientId: 'bare-hub', clean: false, keepalive: 30, writeCache: false });
await new Promise((resolve) => client.once('connect', resolve));
process.stdout.write('ready\n');
setInterval(() => {}, 1 << 30);
