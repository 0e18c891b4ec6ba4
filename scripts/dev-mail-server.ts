/**
 * A real SMTP server for development (`npm start`): it accepts every message on SMTP_URL's port and
 * stores it as an .eml file in var/mail/, so letters and reminders can be opened and checked.
 * In production SMTP_URL points at the real mail relay instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export function startDevMailServer(port: number, dir: string, log: (line: string) => void): SMTPServer {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.eml`);
        writeFileSync(file, Buffer.concat(chunks));
        log(`mail to ${session.envelope.rcptTo.map((r) => r.address).join(', ')} stored in ${file}`);
        callback();
      });
    },
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (require.main === module) {
  const port = Number(process.argv[2] ?? 1025);
  const dir = process.argv[3] ?? join(process.cwd(), 'var', 'mail');
  startDevMailServer(port, dir, (line) =>
    process.stdout.write(
      JSON.stringify({ time: new Date().toISOString(), service: 'mail', level: 'info', msg: line }) + '\n',
    ),
  );
  process.on('SIGTERM', () => process.exit(0));
  process.on('SIGINT', () => process.exit(0));
}
