/**
 * Idempotent demo seed: running it twice changes nothing the second time. The scheme, users and organisations are
 * written here, each with an audit event with the system as actor; the rounds and their cases are built through the
 * domain services, at instants relative to the day the seed runs (demo-history.ts).
 *
 * Refuses to run with NODE_ENV=production unless given `--allow-production`: demo users share a published password.
 */
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  countyOfMunicipality,
  GrantScheme,
  GrantsModule,
  grantsEntities,
  hashPassword,
  isValidBankAccount,
  isValidOrganisationNumber,
  Membership,
  Organisation,
  recordAudit,
  User,
} from '@app/grants';
import { Clock, ClockModule, ConfigModule, DatabaseModule } from '@app/platform';
import { ReportingModule } from '@app/reporting';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS, MHP_SCHEME } from './demo-data';
import { seedDemoHistory } from './demo-history';

/** The domain modules without HTTP or queues, on the seed's clock. */
@Module({})
class SeedModule {}

export const ALLOW_PRODUCTION_FLAG = '--allow-production';

/** The seed's clock: the real time, or the instant the history being built has reached. */
export class SeedClock extends Clock {
  private at: Date | null = null;

  now(): Date {
    return this.at ? new Date(this.at) : new Date();
  }

  set(instant: Date): void {
    this.at = new Date(instant);
  }

  /** Back to the real time. */
  release(): void {
    this.at = null;
  }
}

export interface SeedOptions {
  /** Seed even with NODE_ENV=production (never on a real production database). */
  allowProduction?: boolean;
}

/** Refuses a production environment unless explicitly allowed: the demo users' password is in the README. */
export function assertSeedAllowed(nodeEnv: string | undefined, options: SeedOptions): void {
  if (nodeEnv === 'production' && !options.allowProduction) {
    throw new Error(
      `NODE_ENV is production: the demo data has users with a published password. ` +
        `Run with ${ALLOW_PRODUCTION_FLAG} only on a database that is not a production database.`,
    );
  }
}

async function recordCreated(
  manager: EntityManager,
  entityType: string,
  entityId: string,
  after: object,
): Promise<void> {
  await recordAudit(manager, { actor: null, action: `${entityType}.seeded`, entityType, entityId, after });
}

export async function seedDemo(log: (line: string) => void, options: SeedOptions = {}): Promise<void> {
  assertSeedAllowed(process.env.NODE_ENV, options);
  const clock = new SeedClock();
  const app = await NestFactory.createApplicationContext(
    {
      module: SeedModule,
      imports: [
        ConfigModule,
        ClockModule.using(clock),
        DatabaseModule.forRoot(grantsEntities),
        GrantsModule,
        ReportingModule,
      ],
    },
    { logger: ['error'] },
  );
  try {
    const scheme = await seedBase(app.get(DataSource), log);
    await seedDemoHistory(app, clock, scheme, log);
  } finally {
    clock.release();
    await app.close();
  }
}

/** The scheme, one user per role and the two organisations, each signed for by its demo member. */
async function seedBase(db: DataSource, log: (line: string) => void): Promise<GrantScheme> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (manager) => {
    let scheme = await manager.findOneBy(GrantScheme, { code: MHP_SCHEME.code });
    if (!scheme) {
      scheme = await manager.save(manager.create(GrantScheme, MHP_SCHEME));
      await recordCreated(manager, 'grant_scheme', scheme.id, { code: scheme.code });
      log(`seeded scheme ${scheme.code}`);
    } else if (scheme.tilskuddNoId === null) {
      // A scheme seeded before the tilskudd.no id existed gets it once.
      await manager.update(GrantScheme, { id: scheme.id }, { tilskuddNoId: MHP_SCHEME.tilskuddNoId });
      log(`set the tilskudd.no id of scheme ${scheme.code}`);
    }

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
      let organisation = await manager.findOneBy(Organisation, {
        organisationNumber: org.organisationNumber,
      });
      if (!organisation) {
        organisation = await manager.save(
          manager.create(Organisation, {
            ...org,
            county: countyOfMunicipality(org.municipalityNumber) ?? '',
            // Demo accounts start verified so later steps can be tried; real changes wait for verification.
            bankAccountVerifiedAt: new Date(),
            bankAccountVerifiedBy: null,
          }),
        );
        await recordCreated(manager, 'organisation', organisation.id, {
          organisationNumber: org.organisationNumber,
        });
        log(`seeded organisation ${org.name}`);
      }
      await seedSignatory(manager, organisation, memberEmail, log);
    }
    return scheme;
  });
}

/**
 * The demo member signs for the organisation (accepts conditions). Databases seeded before this existed have the
 * membership without signing rights; it is granted here, once.
 */
async function seedSignatory(
  manager: EntityManager,
  organisation: Organisation,
  memberEmail: string,
  log: (line: string) => void,
): Promise<void> {
  const member = await manager.findOneByOrFail(User, { email: memberEmail });
  const membership = await manager.findOneBy(Membership, {
    userId: member.id,
    organisationId: organisation.id,
  });
  if (membership?.signatory) return;
  if (membership) {
    await manager.update(Membership, { id: membership.id }, { signatory: true });
  } else {
    await manager.insert(Membership, { userId: member.id, organisationId: organisation.id, signatory: true });
  }
  await recordCreated(manager, 'membership', organisation.id, { userId: member.id, signatory: true });
  log(`seeded ${memberEmail} as signatory of ${organisation.name}`);
}

if (require.main === module) {
  seedDemo((line) => process.stdout.write(line + '\n'), {
    allowProduction: process.argv.includes(ALLOW_PRODUCTION_FLAG),
  })
    .then(() => process.stdout.write('seed complete\n'))
    .catch((error: unknown) => {
      console.error('Seed failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
