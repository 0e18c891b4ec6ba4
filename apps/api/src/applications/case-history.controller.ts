import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Actor, CaseHistoryService } from '@app/grants';
import { writtenStandardOf } from '@app/platform';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/decorators';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';
import { CaseEventResponse } from './case-history.dto';

@ApiTags('applications')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller()
export class CaseHistoryController {
  constructor(private readonly history: CaseHistoryService) {}

  /**
   * The case's history in order
   *
   * @remarks Submission, decisions, letters, appeals, changes, payments made, the report and any claim to repay,
   * oldest first. Each event's text is in nynorsk when Accept-Language asks for it, otherwise in bokmål, as problem
   * messages are. Members of the organisation and Sfk staff; anyone else gets 404.
   */
  @Get('applications/:id/history')
  @ApiHeader({
    name: 'accept-language',
    required: false,
    description:
      'The written standard of the texts: `nn` for nynorsk; bokmål otherwise (RFC 9110 q-values apply).',
  })
  async list(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseEventResponse[]> {
    // The same choice of written standard as the problem messages (ProblemFilter), said in Content-Language.
    const standard = writtenStandardOf(acceptLanguage);
    void reply.header('content-language', standard).header('vary', 'Accept-Language');
    const events = await this.history.forApplication(actor, id, standard);
    return events.map((e) => ({ ...e, at: e.at.toISOString() }));
  }
}
