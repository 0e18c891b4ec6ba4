/** What an appeal needs to know about what it is against: a decision or a repayment claim (both are decisions). */
export interface AppealSubjectInfo {
  applicationId: string;
  decidedAt: Date;
  /** When it reached the organisation (null: not yet). */
  notifiedAt: Date | null;
  appealDeadline: Date | null;
  /** Who prepared it: never the appeal's caseworker. */
  preparedBy: string;
}
