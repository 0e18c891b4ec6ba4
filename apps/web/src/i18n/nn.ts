/**
 * Every text of the NGO portal in nynorsk, in the same parts as nb.ts (./nn/*.ts, each typed by its bokmål part).
 */
import type { Messages } from './nb';
import { core } from './nn/core';
import { account } from './nn/account';
import { calls } from './nn/calls';
import { apply } from './nn/apply';
import { organisation } from './nn/organisation';
import { report } from './nn/report';
import { afterSubmission } from './nn/case';

export const nn: Messages = {
  ...core,
  ...account,
  ...calls,
  ...apply,
  ...organisation,
  ...report,
  ...afterSubmission,
};
