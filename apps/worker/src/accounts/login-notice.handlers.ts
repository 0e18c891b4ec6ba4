import { Injectable } from '@nestjs/common';
import { LoginNoticesService } from '@app/grants';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/** E-mails an account's owner that its logins are throttled, under the outbox row's lease. */
@Injectable()
export class LoginNoticeHandlers extends JobHandlers {
  constructor(private readonly notices: LoginNoticesService) {
    super();
  }

  handlers(): HandlerMap {
    return {
      'mail.login_throttled': async ({ outboxId }) => {
        await this.notices.send(outboxId);
      },
    };
  }
}
