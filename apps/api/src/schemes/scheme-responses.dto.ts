import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AttachmentKind, GrantType, OrganisationForm, PriorReportRule } from '@app/grants';
import { PageMeta } from '../common/page.dto';
import {
  AssessmentCriterionDto,
  MeasureCategoryDto,
  PaymentInstalmentDto,
  ReportIndicatorDto,
  TextLimitsDto,
} from './schemes.dto';

/** What the public sees of a scheme: the call text, no internal settings. */
export class PublicSchemeResponse {
  /** Upper-case code of the scheme, used in reference numbers (e.g. MHP-2027-0042). */
  code!: string;
  /**
   * The scheme's name in bokmål.
   * @example "Tilskudd til tiltak mot menneskehandel og prostitusjon"
   */
  name!: string;
  /** The scheme's name in nynorsk; null when it has none (bokmål is used). */
  @ApiPropertyOptional({ type: String, nullable: true })
  nameNn!: string | null;
  /** The purpose of the scheme, as the regulation states it (shown in the call). */
  purpose!: string;
  /**
   * Title of the regulation the scheme is laid down in (cited in decision letters).
   * @example "Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon"
   */
  legalBasisTitle!: string;
  /** Sections of the regulation, cited in decision letters. */
  legalBasisSections!: string[];
  @ApiProperty({ enum: OrganisationForm, isArray: true })
  eligibleOrganisationForms!: OrganisationForm[];
  /** The organisation must be registered in Frivillighetsregisteret (checked at the formal check). */
  requiresVoluntaryRegistry!: boolean;
  @ApiProperty({ enum: GrantType, isArray: true })
  grantTypes!: GrantType[];
  /** The measure categories (innsatsområder) an application chooses one of. */
  measureCategories!: MeasureCategoryDto[];
  /** The criteria every application is scored on, with their weights (adding up to 100). */
  assessmentCriteria!: AssessmentCriterionDto[];
  @ApiProperty({ enum: AttachmentKind, isArray: true })
  requiredAttachmentKinds!: AttachmentKind[];
  /**
   * Character or word limits of the application's text fields; a field without one has no limit beyond its hard
   * bound.
   */
  textLimits!: TextLimitsDto;
  auditorThresholdOre!: number;
  /**
   * The appeal body (klageinstans) named in decision letters.
   * @example "Justis- og beredskapsdepartementet"
   */
  appealBody!: string;
}

/** A scheme as Sfk staff see it: the call text and the internal settings. */
export class SchemeResponse extends PublicSchemeResponse {
  /** The scheme's id. */
  id!: string;
  /** The scheme's identifier on tilskudd.no, e.g. "DT-0044". */
  @ApiProperty({ type: String, nullable: true })
  tilskuddNoId!: string | null;
  /** Lowest score on the assessment scale. */
  scoreScaleMin!: number;
  /** Highest score on the assessment scale; above `scoreScaleMin`. */
  scoreScaleMax!: number;
  /** The figures a recipient reports (e.g. people reached), with how each is broken down. */
  reportIndicators!: ReportIndicatorDto[];
  /** Instalments of an accepted grant: shares in percent and when each is due. */
  paymentPlan!: PaymentInstalmentDto[];
  @ApiProperty({ enum: PriorReportRule }) priorReportRule!: PriorReportRule;
  /** Chapter (kapittel) of the state budget the grants are paid from, 4 digits. */
  budgetChapter!: string;
  /** Post of the state budget chapter, 2 digits. */
  budgetPost!: string;
  /** The version to send with the next change (optimistic locking). */
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class SchemePage extends PageMeta {
  /** The schemes on this page. */
  items!: SchemeResponse[];
}
