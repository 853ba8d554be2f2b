// The physical limit for a durable write: better-sqlite3 inserting one row per transaction with
// WAL and synchronous=FULL (as Concord opens its database), for SECONDS seconds, in DB_FILE.
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';

const { DB_FILE, SECONDS = '3' } = process.env;
for (const suffix of ['', '-wal', '-shm']) rmSync(`${DB_FILE}${suffix}`, { force: true });
const db = new SQLite(DB_FILE);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('create table writes (id integer primary key, city_id text not null, value text not null)');
const insert = db.prepare('insert into writes (city_id, value) values (?, ?)');

const started = performance.now();
const until = started + Number(SECONDS) * 1000;
let count = 0;
while (performance.now() < until) {
  insert.run('bench-city', `value ${count}`);
  count += 1;
}
const seconds = (performance.now() - started) / 1000;
db.close();
process.stdout.write(`${JSON.stringify({ rps: Math.round(count / seconds), writes: count })}\n`);
