import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CaseHistoryService } from '@app/grants';
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
   * @remarks Submission, decisions, letters, appeals and changes, oldest first. Members of the organisation and
   * Sfk staff; anyone else gets 404.
   */
  @Get('applications/:id/history')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<CaseEventResponse[]> {
    return (await this.history.forApplication(actor, id)).map((e) => ({ ...e, at: e.at.toISOString() }));
  }
}
