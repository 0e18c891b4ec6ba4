import { ApiProperty } from '@nestjs/swagger';

export class CaseEventResponse {
  /** When it happened (ISO 8601, UTC). */
  at!: string;
  @ApiProperty({
    enum: [
      'application',
      'decision',
      'letter',
      'appeal',
      'change_request',
      'payment',
      'report',
      'repayment_claim',
    ],
  })
  kind!: string;
  /** The id of the application, decision, letter, appeal, change request, disbursement, report or repayment claim. */
  entityId!: string;
  /** Machine name, e.g. "decision.notified". */
  event!: string;
  /**
   * What happened to the case, in plain Norwegian: in nynorsk when the request's Accept-Language asks for it (`nn`),
   * otherwise in bokmål (Content-Language says which).
   */
  text!: string;
}
