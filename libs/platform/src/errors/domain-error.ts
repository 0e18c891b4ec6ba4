/**
 * Errors the domain raises. They carry a code and no HTTP types; the API maps codes to
 * statuses in one exhaustive switch (apps/api problem filter).
 */
export enum DomainErrorCode {
  NotFound = 'not_found',
  /** A transition the state machine does not allow from the current state. */
  InvalidState = 'invalid_state',
  /** The client's version of an aggregate is not the current one. */
  StaleVersion = 'stale_version',
  /** A unique business key already exists (organisation number, e-mail, round year). */
  Duplicate = 'duplicate',
  /** The request lost a race with a simultaneous one on the same rows (deadlock, serialization failure). */
  Contention = 'contention',
  /** A business rule on the submitted data was broken (names the field). */
  RuleViolation = 'rule_violation',
  /** The actor is known but may not do this (segregation of duties, impartiality). */
  Forbidden = 'forbidden',
  Unauthenticated = 'unauthenticated',
  RateLimited = 'rate_limited',
  /** Something the request needs (the virus scanner) does not answer; nothing was changed, trying later may work. */
  Unavailable = 'unavailable',
}

export interface FieldError {
  /** Path of the field in the request body, e.g. "address.postalCode" or "budgetLines[2].amountOre". */
  field: string;
  /** Machine-readable rule name, e.g. "organisationNumber", "maxLength". */
  rule: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: {
      errors?: FieldError[];
      currentState?: string;
      currentVersion?: number;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(DomainErrorCode.NotFound, `${what} ble ikke funnet.`);
  }

  static invalidState(message: string, currentState: string): DomainError {
    return new DomainError(DomainErrorCode.InvalidState, message, { currentState });
  }

  static stale(what: string, currentVersion: number): DomainError {
    return new DomainError(
      DomainErrorCode.StaleVersion,
      `${what} er endret av noen andre siden du hentet den (gjeldende versjon er ${currentVersion}). Hent på nytt og prøv igjen.`,
      { currentVersion },
    );
  }

  static rule(field: string, rule: string, message: string): DomainError {
    return new DomainError(DomainErrorCode.RuleViolation, message, { errors: [{ field, rule, message }] });
  }

  /** Several broken rules at once, each naming its field. */
  static rules(errors: FieldError[]): DomainError {
    return new DomainError(DomainErrorCode.RuleViolation, errors.map((e) => e.message).join(' '), { errors });
  }

  static duplicate(field: string, message: string): DomainError {
    return new DomainError(DomainErrorCode.Duplicate, message, {
      errors: [{ field, rule: 'unique', message }],
    });
  }

  /** A simultaneous change of the same rows won; trying again (after fetching anew) is safe. */
  static contention(): DomainError {
    return new DomainError(
      DomainErrorCode.Contention,
      'Noen andre endret de samme opplysningene samtidig, og endringen din ble ikke lagret. Hent på nytt og prøv igjen.',
      { retryAfterSeconds: 1 },
    );
  }

  static forbidden(message: string): DomainError {
    return new DomainError(DomainErrorCode.Forbidden, message);
  }

  /** A service the request depends on does not answer; nothing was stored (fail closed). */
  static unavailable(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError(DomainErrorCode.Unavailable, message, { retryAfterSeconds });
  }
}
