import { MESSAGES_API_NN } from './messages-api.nn';
import { MESSAGES_DOMAIN_NN } from './messages-domain.nn';
import { MESSAGES_HISTORY_NN } from './messages-history.nn';
import { MESSAGES_TERMS_NN } from './messages-terms.nn';

/**
 * Nynorsk forms of the messages a client can read, keyed by their bokmål text as the code raises it (see
 * translate.ts for templates: `{}` stands for an interpolated value). catalogue.spec.ts scans the code and fails
 * when a message has no entry here, so a new message cannot be added without its nynorsk form.
 */
export const NYNORSK: Record<string, string> = {
  ...MESSAGES_API_NN,
  ...MESSAGES_DOMAIN_NN,
  ...MESSAGES_TERMS_NN,
  ...MESSAGES_HISTORY_NN,
};
