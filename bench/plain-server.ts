/**
 * The ceiling: a plain node:http handler that reads one application row by id with raw pg and answers JSON.
 * No framework, no authentication, no ORM. Run as its own process by bench/run.ts:
 *   DATABASE_URL=… PORT=3101 PG_POOL=10 node -r ts-node/register/transpile-only bench/plain-server.ts
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL ?? 10),
  application_name: 'tilskudd-bench-plain',
});
const PATH = /^\/applications\/([0-9a-f-]{36})$/;

const server = createServer((req, res) => {
  const match = req.method === 'GET' ? PATH.exec(req.url ?? '') : null;
  if (!match) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404}');
    return;
  }
  pool.query('SELECT * FROM applications WHERE id = $1', [match[1]]).then(
    (result) => {
      if (result.rows.length === 0) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result.rows[0]));
    },
    (error: unknown) => {
      console.error(error);
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"status":500}');
    },
  );
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 3101), '127.0.0.1', () => {
  process.stdout.write(`plain server listening on ${process.env.PORT ?? 3101}\n`);
});

function shutdown(): void {
  server.close();
  void pool.end().finally(() => process.exit(0));
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
