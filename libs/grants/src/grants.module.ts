import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@app/platform';
import { AuditService } from './audit/audit.service';
import { UsersService } from './identity/users.service';
import { OrganisationsService } from './organisations/organisations.service';
import { RoundsService } from './rounds/rounds.service';
import { SchemesService } from './schemes/schemes.service';

/** The grants domain services. The database connection comes from the importing app. */
@Module({
  providers: [
    { provide: Clock, useClass: SystemClock },
    AuditService,
    UsersService,
    OrganisationsService,
    SchemesService,
    RoundsService,
  ],
  exports: [Clock, AuditService, UsersService, OrganisationsService, SchemesService, RoundsService],
})
export class GrantsModule {}
