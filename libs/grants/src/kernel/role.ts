export enum Role {
  Applicant = 'applicant',
  Caseworker = 'caseworker',
  Approver = 'approver',
  Finance = 'finance',
  Admin = 'admin',
}

export const ALL_ROLES = Object.values(Role);

/** Sfk staff: everyone but NGO applicants. */
export const STAFF_ROLES: readonly Role[] = [Role.Caseworker, Role.Approver, Role.Finance, Role.Admin];
