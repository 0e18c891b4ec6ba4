import { simpleParser, ParsedMail } from 'mailparser';
import { AddressInfo, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * How the server answers, for the tests of failing delivery: `accept`; `tempfail` (451 to every recipient);
 * `permfail` (550); `drop` (takes the message, then closes the connection before answering, so the sender does not
 * learn that it was accepted: the one case where a resend is a duplicate); `hang` (takes the message and never
 * answers).
 */
export type SmtpMode = 'accept' | 'tempfail' | 'permfail' | 'drop' | 'hang';

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * A real SMTP server on a free local port that keeps every message it receives, parsed. Recipients at
 * `@avvist.test` are refused for good (550); a recipient `tmpN-…@midlertidig.test` is answered 451 the first N
 * times it is tried, then accepted. Every other recipient is answered according to `mode`.
 */
export class SmtpCapture {
  readonly messages: ParsedMail[] = [];
  mode: SmtpMode = 'accept';
  /** Messages taken in `drop` mode whose sender was not told. */
  dropped = 0;
  private server?: SMTPServer;
  private readonly tries = new Map<string, number>();
  private readonly sockets = new Set<Socket>();

  constructor(private readonly port = 0) {}

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => callback(this.rcptError(address.address.toLowerCase())),
      onData: (stream, session, callback) => {
        const mode = this.mode;
        simpleParser(stream)
          .then((mail) => {
            if (mode === 'tempfail') return callback(smtpError(451, '4.3.0 Try again later'));
            this.messages.push(mail);
            if (mode === 'drop') {
              this.dropped++;
              for (const socket of this.sockets) {
                if (socket.remotePort === session.remotePort) socket.destroy();
              }
              return;
            }
            if (mode === 'hang') return;
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    // A sender killed mid-session resets its connection: that is the sender's failure, not the server's.
    this.server.on('error', () => undefined);
    this.server.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  private rcptError(address: string): Error | null {
    const tried = (this.tries.get(address) ?? 0) + 1;
    this.tries.set(address, tried);
    if (address.endsWith('@avvist.test')) return smtpError(550, '5.1.1 Mailbox unavailable');
    const temporary = /^tmp(\d+)-.*@midlertidig\.test$/.exec(address);
    if (temporary) {
      return tried <= Number(temporary[1]) ? smtpError(451, '4.2.1 Mailbox busy, try again later') : null;
    }
    if (this.mode === 'tempfail') return smtpError(451, '4.3.0 Try again later');
    if (this.mode === 'permfail') return smtpError(550, '5.1.1 Mailbox unavailable');
    return null;
  }

  /** How often a recipient was tried (RCPT TO), whatever the answer. */
  triesOf(address: string): number {
    return this.tries.get(address.toLowerCase()) ?? 0;
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) =>
      (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(address)),
    );
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/**
 * Polls until `done` or the timeout, and returns the last value (the caller's assertion then says what was missing).
 * The worker relays the whole test database's outbox in order, and the suites running in parallel queue receipts
 * and letters of their own, so a row may wait behind many others: the default allows for that.
 */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
