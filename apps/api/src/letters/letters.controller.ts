import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, Letter, LettersService } from '@app/grants';
import { fileHeaders } from '../common/file-reply';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/decorators';
import { pick } from '../common/mapping';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';
import { LetterResponse } from './letters.dto';

function mapLetter(l: Letter): LetterResponse {
  return {
    ...pick(
      l,
      'id',
      'applicationId',
      'decisionId',
      'type',
      'language',
      'title',
      'templateVersion',
      'sha256',
      'sizeBytes',
    ),
    createdAt: l.createdAt.toISOString(),
    deliveredAt: l.deliveredAt?.toISOString() ?? null,
  };
}

/** Letters of a case, for the organisation's members and for staff. */
@ApiTags('letters')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller()
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  /**
   * The letters of a case
   *
   * @remarks Receipt, interim reply, decision letters and the letters of appeals, changes and claims, with when
   * they were delivered. Members of the organisation and Sfk staff; anyone else gets 404.
   */
  @Get('applications/:id/letters')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<LetterResponse[]> {
    return (await this.letters.forApplication(actor, id)).map(mapLetter);
  }

  /**
   * The archived PDF of a letter
   *
   * @remarks Byte for byte as sent (its SHA-256 in the ETag/headers). Members of the organisation and Sfk staff; a
   * letter not produced yet or not the caller's answers 404.
   */
  @Get('letters/:id/pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { letter, fileName } = await this.letters.pdf(actor, id);
    fileHeaders(reply, { contentType: 'application/pdf', fileName, sha256: letter.sha256 }, 'inline');
    return letter.pdf;
  }
}
