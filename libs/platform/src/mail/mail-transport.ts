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

/** SMTP through nodemailer (SMTP_URL). Development and tests use a real local SMTP server that captures mail. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  /** MAIL_FROM's address, without its display name. */
  private readonly fromAddress: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom });
    this.fromAddress = /<([^<>]+)>\s*$/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
  }

  /** Sends and returns the SMTP server's accepted Message-ID. Throws when the server refuses. */
  async send(mail: OutgoingMail): Promise<string> {
    const info = (await this.transporter.sendMail({
      ...(mail.senderName ? { from: { name: mail.senderName, address: this.fromAddress } } : {}),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      attachments: mail.attachments,
    })) as { messageId: string; rejected: unknown[] };
    if (info.rejected.length > 0) throw new Error(`SMTP refused the recipient`);
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
