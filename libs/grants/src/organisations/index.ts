export { Membership } from './membership.entity';
export { Organisation } from './organisation.entity';
export { OrganisationsService } from './organisations.service';
