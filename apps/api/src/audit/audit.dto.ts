import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageMeta, PageQuery } from '../common/page.dto';

export class AuditQuery extends PageQuery {
  /**
   * Only events about this kind of record.
   * @example "application"
   */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  /** Only events about this record. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  /** Only events by this user. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;
}

export class AuditEventResponse {
  /** The event's id. */
  id!: string;
  /** The user who acted; null for the system (worker jobs). */
  @ApiProperty({ type: String, nullable: true })
  actorUserId!: string | null;
  /** The actor's roles at the time. */
  actorRoles!: string[];
  /**
   * What happened.
   * @example "application.submitted"
   */
  action!: string;
  /**
   * The kind of record it concerns.
   * @example "application"
   */
  entityType!: string;
  /** The id of the record. */
  entityId!: string;
  /** The record before the change (secrets left out); null for a creation. */
  @ApiProperty({ type: Object, nullable: true })
  before!: Record<string, unknown> | null;
  /** The record after the change (secrets left out); null for a deletion. */
  @ApiProperty({ type: Object, nullable: true })
  after!: Record<string, unknown> | null;
  /** The request that caused it (x-request-id); null for worker jobs. */
  @ApiProperty({ type: String, nullable: true })
  requestId!: string | null;
  occurredAt!: string;
}

export class AuditPage extends PageMeta {
  /** The audit events on this page, newest first. */
  items!: AuditEventResponse[];
}

export class AuditChainBreakResponse {
  @ApiProperty({ enum: ['content_changed', 'link_broken', 'rows_missing', 'tail_missing'] })
  reason!: 'content_changed' | 'link_broken' | 'rows_missing' | 'tail_missing';
  /** The first audit event that does not verify; null when the newest events are gone. */
  @ApiProperty({ type: String, nullable: true })
  eventId!: string | null;
  /** Its place in the chain (1, 2, 3, …). */
  position!: string;
  /** What does not verify, in words. */
  detail!: string;
}

export class AuditChainHeadResponse {
  /**
   * The newest event's place in the chain (a big integer as a string).
   * @example "1042"
   */
  position!: string;
  /** sha256, hex. */
  hash!: string;
}

export class AuditChainResponse {
  /** True when every event verifies. */
  intact!: boolean;
  /** How many events were checked. */
  checked!: number;
  /** The newest event: its position and hash (keep it to detect a cut tail later). */
  head!: AuditChainHeadResponse;
  /** The first event that does not verify; null when intact. */
  @ApiProperty({ type: AuditChainBreakResponse, nullable: true })
  firstBroken!: AuditChainBreakResponse | null;
}
