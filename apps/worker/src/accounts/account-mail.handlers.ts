import { Injectable } from '@nestjs/common';
import { AccountMailService } from '@app/grants';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/** Account e-mails (confirmation, password reset, notices): the outbox row's side effect, under its lease. */
@Injectable()
export class AccountMailHandlers extends JobHandlers {
  constructor(private readonly mail: AccountMailService) {
    super();
  }

  handlers(): HandlerMap {
    return {
      'mail.account': async ({ outboxId }) => {
        await this.mail.deliver(outboxId);
      },
    };
  }
}
