import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Deterministic Message-ID, so a receiving system can recognise a resend of the same message. */
  messageId: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** The sender's display name, when it is not MAIL_FROM's (the agency's name in nynorsk); the address stays. */
  senderName?: string;
}

/**
 * The SMTP server refused the message for good (a 5xx answer, e.g. 550 "no such mailbox"): sending it again
 * would be refused again. Anything else that fails (4xx answers, refused or dropped connections, timeouts) is
 * temporary and worth another attempt later.
 */
export class PermanentMailError extends Error {
  constructor(
    message: string,
    readonly responseCode: number | null,
  ) {
    super(message);
    this.name = 'PermanentMailError';
  }
}

/** Classifies what nodemailer threw: a 5xx SMTP answer is permanent, everything else temporary (rethrown as is). */
export function classifyMailError(error: unknown): unknown {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  if (typeof code === 'number' && code >= 500 && code < 600) {
    const response = (error as { response?: unknown }).response;
    return new PermanentMailError(typeof response === 'string' ? response : String(error), code);
  }
  return error;
}

/** SMTP through nodemailer (SMTP_URL). Development and tests use a real local SMTP server that captures mail. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly deadlineMs: number;

  /** MAIL_FROM's address, without its display name. */
  private readonly fromAddress: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // A send must end well within the lease of the worker doing it (DELIVERY_LEASE_SECONDS): otherwise the lease
    // runs out and another worker sends the same message while this one still waits.
    this.deadlineMs = Math.min(120_000, (config.delivery.leaseSeconds * 1000) / 2);
    const stepMs = Math.min(30_000, Math.floor(this.deadlineMs / 3));
    this.fromAddress = /<([^<>]+)>\s*$/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
    this.transporter = nodemailer.createTransport(
      { url: config.smtpUrl, connectionTimeout: stepMs, greetingTimeout: stepMs, socketTimeout: stepMs },
      { from: config.mailFrom },
    );
  }

  /**
   * Sends and returns the SMTP server's accepted Message-ID. Throws PermanentMailError when the server refuses the
   * message for good, and any other error (temporary) when it could not be sent now or did not answer in time.
   */
  async send(mail: OutgoingMail): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const info = (await Promise.race([
        this.transporter.sendMail({
          ...(mail.senderName ? { from: { name: mail.senderName, address: this.fromAddress } } : {}),
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: mail.messageId,
          attachments: mail.attachments,
        }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`SMTP did not answer within ${this.deadlineMs} ms`)),
            this.deadlineMs,
          );
        }),
      ])) as { messageId: string; rejected: unknown[] };
      if (info.rejected.length > 0) throw new PermanentMailError('SMTP refused the recipient', null);
      return info.messageId;
    } catch (error) {
      throw classifyMailError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
