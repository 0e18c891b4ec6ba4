import { AuditEvent } from './audit/audit-event.entity';
import { Membership } from './identity/membership.entity';
import { User } from './identity/user.entity';
import { Organisation } from './organisations/organisation.entity';
import { GrantRound } from './rounds/grant-round.entity';
import { GrantScheme } from './schemes/grant-scheme.entity';

export const grantsEntities = [User, Membership, Organisation, GrantScheme, GrantRound, AuditEvent];
