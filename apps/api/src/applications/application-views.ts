import { Injectable } from '@nestjs/common';
import { Actor, ApplicationsService, NextStep, NextStepService } from '@app/grants';
import { PageRequest } from '@app/platform';
import { mapPage } from '../common/page.dto';
import { mapApplication, mapApplicationListItem } from './application.mapper';
import { ApplicationPage, ApplicationResponse } from './application-responses.dto';

type ApplicationFilter = Parameters<ApplicationsService['list']>[1];

/** The application as the API shows it: read (with access checked) and joined with its next step. */
@Injectable()
export class ApplicationViews {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly nextSteps: NextStepService,
  ) {}

  /** One application, as the reader may see it, with its next step. */
  async detail(actor: Actor, id: string): Promise<ApplicationResponse> {
    const detail = await this.applications.get(actor, id);
    const steps = await this.nextSteps.forApplications([detail.application.id]);
    return mapApplication(detail, stepOf(steps, detail.application.id));
  }

  /** A page of applications, each with its next step (one more query for the whole page). */
  async page(actor: Actor, filter: ApplicationFilter, request: PageRequest): Promise<ApplicationPage> {
    const page = await this.applications.list(actor, filter, request);
    const steps = await this.nextSteps.forApplications(page.items.map((i) => i.id));
    return mapPage(page, (i) => mapApplicationListItem(i, stepOf(steps, i.id)));
  }
}

function stepOf(steps: Map<string, NextStep>, id: string): NextStep {
  const step = steps.get(id);
  if (!step) throw new Error(`No next step read for application ${id}`);
  return step;
}
