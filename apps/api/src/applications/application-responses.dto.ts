import { ApiProperty } from '@nestjs/swagger';
import { ApplicationStatus, AttachmentKind, GrantType } from '@app/grants';
import { FieldError } from '@app/platform';
import { PageMeta } from '../common/page.dto';
import {
  BudgetLineDto,
  ContactPersonDto,
  OtherFundingDto,
  PartnerDto,
  SignatoryDto,
} from './applications.dto';
import { StoredFileResponse } from '../common/stored-file.dto';
import { NextStepResponse } from './next-step.dto';

export class AttachmentResponse extends StoredFileResponse {
  /** The attachment's id. */
  id!: string;
  @ApiProperty({ enum: AttachmentKind })
  kind!: AttachmentKind;
  /**
   * The file type judged from the bytes (not from the name).
   * @example "application/pdf"
   */
  contentType!: string;
  /** Exempt from public access (offentleglova). */
  exemptFromPublic!: boolean;
  /** The legal basis of the exemption; null when not exempt. */
  exemptionBasis!: string | null;
  /** Id of the user who uploaded it. */
  uploadedBy!: string;
}

export class FieldProblem implements FieldError {
  /** The field the problem concerns, e.g. `budgetLines` or `signatory`. */
  field!: string;
  /** Machine-readable name of the rule, e.g. `required`, `deadline`, `attachments`. */
  rule!: string;
  /** What is missing or wrong, in Norwegian. */
  message!: string;
}

export class ApplicationOrganisation {
  /** The organisation's id. */
  id!: string;
  /** The organisation's name. */
  name!: string;
  /** Organisasjonsnummer (9 digits). */
  organisationNumber!: string;
}

export class ApplicationRound {
  /** The round's id. */
  id!: string;
  /** The round's title. */
  title!: string;
  /**
   * The budget year of the round.
   * @example 2027
   */
  year!: number;
  /**
   * Code of the grant scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /**
   * The application deadline (ISO 8601, UTC); `applicationDeadlineText` says it in Norwegian, Oslo time.
   * @example "2027-03-01T11:00:00.000Z"
   */
  applicationDeadline!: string;
  /** "1. desember 2026 kl. 23:59" */
  applicationDeadlineText!: string;
}

/** A person as the application shows them to those who may read it (its organisation's members, staff). */
export class ApplicationPerson {
  /** The user's id (the web app tells «you» from a colleague by it). */
  id!: string;
  /**
   * The person's name.
   * @example "Kari Kollega"
   */
  name!: string;
}

/** The applicant's declaration at submission, as recorded. */
export class ApplicationDeclaration {
  /**
   * When the declaration was given: with the submission (the same moment as `submittedAt`; ISO 8601, UTC).
   * @example "2027-02-14T13:02:00.000Z"
   */
  declaredAt!: string;
  /** Who declared: the member who submitted the application. */
  declaredBy!: ApplicationPerson;
  /**
   * The version of the declaration's wording that was declared (the web's check-answers page: the information in
   * the application is correct, and the applicant may apply on the organisation's behalf). A later change of the
   * wording gets a new version; an application keeps the one it was declared under.
   * @example "2027-1"
   */
  text!: string;
}

export class ApplicationResponse {
  /** The application's id. */
  id!: string;
  /** The case reference, given on submission; null for a draft. */
  @ApiProperty({ type: String, nullable: true, example: 'MHP-2027-0042' })
  referenceNumber!: string | null;
  @ApiProperty({ enum: ApplicationStatus })
  status!: ApplicationStatus;
  /** The applying organisation. */
  organisation!: ApplicationOrganisation;
  /** The round applied to. */
  round!: ApplicationRound;
  /** Project title (limit: the scheme's `textLimits.title`). */
  title!: string | null;
  /** Code of one of the scheme's measure categories (innsatsområder). */
  measureCategory!: string | null;
  @ApiProperty({ enum: GrantType, nullable: true }) grantType!: GrantType | null;
  /** Short summary of the measure. */
  summary!: string | null;
  /** The goals of the measure. */
  goals!: string | null;
  /** Who the measure is for. */
  targetGroup!: string | null;
  /** Geographic area the measure covers. */
  area!: string | null;
  /** Implementation plan. */
  plan!: string | null;
  /** Partners in the measure. */
  partners!: PartnerDto[];
  /** First day of the project period. */
  @ApiProperty({ type: String, nullable: true, format: 'date' }) periodStart!: string | null;
  /** Last day of the project period. */
  @ApiProperty({ type: String, nullable: true, format: 'date' }) periodEnd!: string | null;
  /** The results the organisation expects. */
  expectedResults!: string | null;
  /** The budget, line by line. */
  budgetLines!: BudgetLineDto[];
  /** Funding from others, applied for or granted. */
  otherFunding!: OtherFundingDto[];
  @ApiProperty({ type: 'integer', nullable: true }) requestedAmountOre!: number | null;
  /** Sum of the budget lines. */
  budgetTotalOre!: number;
  otherFundingTotalOre!: number;
  /** The most that can be requested: budget total minus other funding. */
  maxRequestableOre!: number;
  /** The person Sfk contacts about the application. */
  @ApiProperty({ type: ContactPersonDto, nullable: true }) contactPerson!: ContactPersonDto | null;
  /** Who signs the application for the organisation. */
  @ApiProperty({ type: SignatoryDto, nullable: true }) signatory!: SignatoryDto | null;
  /** The attachments (vedlegg). */
  attachments!: AttachmentResponse[];
  /** What still stops a draft from being submitted; empty when it can be submitted (and after submission). */
  submissionProblems!: FieldProblem[];
  submittedAt!: string | null;
  /**
   * The applicant's declaration at submission (who, when, which wording); null for a draft, and for an application
   * submitted without one (the declaration is optional in the API, so that existing API clients keep working).
   */
  @ApiProperty({ type: ApplicationDeclaration, nullable: true })
  declaration!: ApplicationDeclaration | null;
  withdrawnAt!: string | null;
  /** Why the organisation withdrew the application; null unless withdrawn. */
  withdrawalReason!: string | null;
  /** The version to send with the next change or step (optimistic locking). */
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  /**
   * Who made the change that gave the application its current `version` (a save, submission or a step in the
   * case); null when the system made it. What a stale-version conflict (409) shows: who changed it meanwhile.
   */
  @ApiProperty({ type: ApplicationPerson, nullable: true })
  lastChangedBy!: ApplicationPerson | null;
  /**
   * When that change was made (ISO 8601, UTC; the same moment as `updatedAt`).
   * @example "2027-02-14T13:02:00.000Z"
   */
  lastChangedAt!: string;
  /** What the organisation does next with the application, and by when (computed by the server). */
  nextStep!: NextStepResponse;
}

export class ApplicationListItemResponse {
  /** The application's id. */
  id!: string;
  /**
   * The case reference, given on submission; null for a draft.
   * @example "MHP-2027-0042"
   */
  referenceNumber!: string | null;
  /** Project title; null when withheld (`restricted`) or not written yet. */
  title!: string | null;
  @ApiProperty({ enum: ApplicationStatus }) status!: ApplicationStatus;
  /** The round applied to. */
  roundId!: string;
  /** The applying organisation. */
  organisationId!: string;
  /** The applying organisation's name. */
  organisationName!: string;
  /** Code of the measure category; null when withheld or not chosen. */
  measureCategory!: string | null;
  /** Operating or project grant; null when withheld or not chosen. */
  grantType!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) requestedAmountOre!: number | null;
  submittedAt!: string | null;
  updatedAt!: string;
  /**
   * You declared a conflict in this case (forvaltningsloven § 6): title, measure category, grant type and amount
   * are withheld (null), and the case itself is refused you.
   */
  restricted!: boolean;
  /** What the organisation does next with the application, and by when (computed by the server). */
  nextStep!: NextStepResponse;
}

export class ApplicationPage extends PageMeta {
  /** The applications on this page. */
  items!: ApplicationListItemResponse[];
}
