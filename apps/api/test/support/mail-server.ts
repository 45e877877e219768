import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the test server received, parsed (subject and text decoded), with its envelope. */
export interface ReceivedMail {
  from: string;
  to: string[];
  parsed: ParsedMail;
}

/**
 * A local SMTP server started by a test (smtp-server, no TLS, no authentication): what the app
 * sends ends up in `received`, never outside this machine. `stop` and `start` again on the same
 * port simulate a mail server that goes down and comes back.
 */
export class TestMailServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  private boundPort = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.boundPort}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              parsed,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, '127.0.0.1', () => resolve());
    });
    this.boundPort = (server.server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until `count` messages have arrived (or fails after `ms`). */
  async waitFor(count: number, ms = 5000): Promise<ReceivedMail[]> {
    const until = Date.now() + ms;
    while (this.received.length < count) {
      if (Date.now() > until) throw new Error(`Expected ${count} e-mails, received ${this.received.length}.`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.received;
  }
}
