import { ApiProperty } from '@nestjs/swagger';

export class CaseEventResponse {
  /** When it happened (ISO 8601, UTC). */
  at!: string;
  @ApiProperty({ enum: ['application', 'decision', 'letter', 'appeal', 'change_request'] })
  kind!: string;
  /** The id of the application, decision, letter, appeal or change request. */
  entityId!: string;
  /** Machine name, e.g. "decision.notified". */
  event!: string;
  /** What happened, in Norwegian. */
  text!: string;
}
