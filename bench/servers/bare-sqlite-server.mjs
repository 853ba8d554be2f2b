// The physical limit for the tenant-scoped read: node:http and one prepared better-sqlite3
// statement, no framework, no session, no checks. Usage: PORT DB_FILE CITY_ID in the environment.
import http from 'node:http';
import SQLite from 'better-sqlite3';
import { membersSql } from './members-query.mjs';

const { PORT, DB_FILE, CITY_ID } = process.env;
const db = new SQLite(DB_FILE, { fileMustExist: true });
db.pragma('journal_mode = WAL');
const members = db.prepare(membersSql('?'));

http
  .createServer((request, response) => {
    if (request.url === '/readyz') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ready"}');
      return;
    }
    const body = JSON.stringify({ members: members.all(CITY_ID) });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body);
  })
  .listen(Number(PORT), '127.0.0.1');
