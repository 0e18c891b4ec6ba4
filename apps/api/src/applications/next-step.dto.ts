import { ApiProperty } from '@nestjs/swagger';
import { NextStep, NextStepCode } from '@app/grants';

/**
 * What the applying organisation does next with the application, and by when — computed by the server from the
 * application, its decision in force, its report and any open repayment claim (issue 18). Read from the
 * organisation's side; staff see the same.
 */
export class NextStepResponse {
  /**
   * The next step: `complete_draft` finish and submit the draft (deadline: the round's application deadline);
   * `await_decision` nothing to do while Sfk screens, assesses and decides; `answer_decision` accept or decline
   * the granted conditions (deadline: the acceptance deadline); `send_report` write and send the report, also
   * when it was returned for revision (deadline: the report deadline); `await_report_review` nothing to do while
   * Sfk reviews the report; `pay_back` pay the open repayment claim (deadline: the end of its due date, Oslo);
   * `none` nothing to do (rejected, declined or lapsed, withdrawn, a draft past its deadline, report approved).
   */
  @ApiProperty({ enum: NextStepCode, enumName: 'NextStepCode', example: NextStepCode.SendReport })
  code!: NextStepCode;
  /**
   * The deadline of the step (ISO 8601, UTC; its last whole second is in time); null when the step has none.
   * @example "2027-12-31T22:59:59.000Z"
   */
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  deadline!: string | null;
  /**
   * Until when an appeal is in time (ISO 8601, UTC): the open repayment claim's appeal deadline, else the
   * decision's; null when there is nothing to appeal or the deadline has passed.
   * @example "2027-06-21T21:59:59.000Z"
   */
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  appealUntil!: string | null;
  /** Whether the grant runs so that a change can be applied for: accepted, and the report not yet sent. */
  canRequestChange!: boolean;
}

export function mapNextStep(s: NextStep): NextStepResponse {
  return {
    code: s.code,
    deadline: s.deadline?.toISOString() ?? null,
    appealUntil: s.appealUntil?.toISOString() ?? null,
    canRequestChange: s.canRequestChange,
  };
}
