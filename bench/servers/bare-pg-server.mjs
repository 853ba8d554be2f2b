// The physical limit for the read on PostgreSQL: node:http and raw pg with a named prepared
// statement (parsed once per connection), a pool as large as the API's. PORT, DATABASE_URL, CITY_ID.
import http from 'node:http';
import pg from 'pg';
import { membersSql } from './members-query.mjs';

const { PORT, DATABASE_URL, CITY_ID } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
const query = { name: 'city-members', text: membersSql('$1'), values: [CITY_ID] };

http
  .createServer((request, response) => {
    if (request.url === '/readyz') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ready"}');
      return;
    }
    pool.query(query).then(
      ({ rows }) => {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ members: rows }));
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  })
  .listen(Number(PORT), '127.0.0.1');
