// The floors served over HTTP with nothing else: a node:http server of its own process, no
// framework, no session, a pool of pg connections, answering GET /floors/<key> by running that
// floor's query and sending how many rows it returned. Timed beside the floor (run by a client of
// the database) and the endpoint, it shows what HTTP alone adds to a floor on this machine: an
// endpoint can cost no less. The bench starts it with fork() on PostgreSQL (DATABASE_URL), the
// floors' context as JSON in FLOOR_CONTEXT, and waits for its 'listening' message, which carries
// its port.
import http from 'node:http';
import pg from 'pg';
import { FLOORS } from './floors.sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const context = JSON.parse(process.env.FLOOR_CONTEXT ?? '{}');

const server = http.createServer((request, response) => {
  const floor = FLOORS[/^\/floors\/(\w+)$/.exec(request.url ?? '')?.[1] ?? ''];
  if (!floor) {
    response.writeHead(404).end();
    return;
  }
  pool.query(floor.sql, floor.params(context)).then(
    ({ rows }) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rows: rows.length })),
    (error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error.message)),
  );
});

server.listen(0, '127.0.0.1', () => process.send?.({ listening: server.address().port }));
process.on('disconnect', () => {
  server.close();
  void pool.end();
});
