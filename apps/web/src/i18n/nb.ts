/**
 * Every text of the NGO portal in bokmål, in one part per area of the portal (./nb/*.ts). nn.ts has the same keys
 * (its type is `Messages`, so a missing or extra key fails the type check). Plain language: say what happens and
 * what the user must do.
 */
import { core } from './nb/core';
import { account } from './nb/account';
import { calls } from './nb/calls';
import { apply } from './nb/apply';
import { organisation } from './nb/organisation';
import { report } from './nb/report';
import { afterSubmission } from './nb/case';

export const nb = { ...core, ...account, ...calls, ...apply, ...organisation, ...report, ...afterSubmission };

export type Messages = typeof nb;
