/**
 * Idempotent demo seed: running it twice changes nothing the second time. Every row it creates gets an
 * audit event with the system as actor.
 */
import {
  countyOfMunicipality,
  grantsEntities,
  defaultApplicationDeadline,
  GrantRound,
  GrantScheme,
  hashPassword,
  isValidBankAccount,
  isValidOrganisationNumber,
  Membership,
  Organisation,
  recordAudit,
  RoundStatus,
  User,
} from '@app/grants';
import { dataSourceOptions, loadConfigOrExit, osloLocalToInstant } from '@app/platform';
import { reportingEntities } from '@app/reporting';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS, MHP_SCHEME } from './demo-data';

async function recordCreated(
  manager: EntityManager,
  entityType: string,
  entityId: string,
  after: object,
): Promise<void> {
  await recordAudit(manager, { actor: null, action: `${entityType}.seeded`, entityType, entityId, after });
}

export async function seedDemo(dataSource: DataSource, log: (line: string) => void): Promise<void> {
  await dataSource.transaction(async (manager) => {
    let scheme = await manager.findOneBy(GrantScheme, { code: MHP_SCHEME.code });
    if (!scheme) {
      scheme = await manager.save(manager.create(GrantScheme, MHP_SCHEME));
      await recordCreated(manager, 'grant_scheme', scheme.id, { code: scheme.code });
      log(`seeded scheme ${scheme.code}`);
    }

    const year = 2027;
    if (!(await manager.findOneBy(GrantRound, { schemeId: scheme.id, year }))) {
      const round = await manager.save(
        manager.create(GrantRound, {
          schemeId: scheme.id,
          year,
          title: `${scheme.name} ${year}`,
          budgetFrameOre: 3_920_000_000, // NOK 39 200 000
          opensAt: osloLocalToInstant('2026-10-15T00:00:00'),
          applicationDeadline: defaultApplicationDeadline(year),
          reportDeadline: osloLocalToInstant(`${year + 1}-04-01T23:59:59`),
          acceptancePeriodDays: 21,
          // The Storting decides the 2027 budget in December: letters and payments wait until an admin lifts this.
          budgetReservation: true,
          budgetChapter: scheme.budgetChapter,
          budgetPost: scheme.budgetPost,
          status: RoundStatus.Published,
          publishedAt: osloLocalToInstant('2026-10-15T00:00:00'),
          closedAt: null,
        }),
      );
      await recordCreated(manager, 'grant_round', round.id, { year, status: round.status });
      log(`seeded round ${scheme.code} ${year}`);
    }

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of DEMO_USERS) {
      if (await manager.findOneBy(User, { email: demo.email })) continue;
      const user = await manager.save(manager.create(User, { ...demo, passwordHash }));
      await recordCreated(manager, 'user', user.id, { email: user.email, roles: user.roles });
      log(`seeded user ${demo.email} (${demo.roles.join(', ')})`);
    }

    for (const { memberEmail, ...org } of DEMO_ORGANISATIONS) {
      if (!isValidOrganisationNumber(org.organisationNumber) || !isValidBankAccount(org.bankAccount)) {
        throw new Error(`demo organisation ${org.name} has an invalid number`);
      }
      if (await manager.findOneBy(Organisation, { organisationNumber: org.organisationNumber })) continue;
      const organisation = await manager.save(
        manager.create(Organisation, {
          ...org,
          county: countyOfMunicipality(org.municipalityNumber) ?? '',
          // Demo accounts start verified so later steps can be tried; real changes wait for verification.
          bankAccountVerifiedAt: new Date(),
          bankAccountVerifiedBy: null,
        }),
      );
      const member = await manager.findOneByOrFail(User, { email: memberEmail });
      await manager.insert(Membership, { userId: member.id, organisationId: organisation.id });
      await recordCreated(manager, 'organisation', organisation.id, {
        organisationNumber: org.organisationNumber,
      });
      log(`seeded organisation ${org.name}`);
    }
  });
}

/** The seed writes as the application does (DATABASE_URL): it needs no more rights than the application. */
export function seedDataSource(): DataSource {
  const config = loadConfigOrExit();
  return new DataSource(dataSourceOptions(config.databaseUrl, [...grantsEntities, ...reportingEntities], 2));
}

if (require.main === module) {
  void (async () => {
    const dataSource = seedDataSource();
    await dataSource.initialize();
    try {
      await seedDemo(dataSource, (line) => process.stdout.write(line + '\n'));
      process.stdout.write('seed complete\n');
    } finally {
      await dataSource.destroy();
    }
  })().catch((error: unknown) => {
    console.error('Seed failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
