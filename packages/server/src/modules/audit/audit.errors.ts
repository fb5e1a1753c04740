import type { LocalizedText } from '@treklang/schema';
import { GraphQLError } from 'graphql';
import { DomainError } from '../../common/domain-error.js';
import type { Context } from '../../graphql/context.js';

/** Why the audit and GDPR operations refuse; Danish and English, and never a name or CPR number. */
export const AuditRefusals = {
  auditLogAdminOnly: { da: 'Kun organisationens administrator må læse adgangsloggen.', en: "Only the organisation's administrator may read the audit log." },
  citizenOutsideScope: {
    da: 'Borgeren findes ikke, eller du har ikke adgang til borgerens adgangslog og data.',
    en: "The citizen does not exist or you have no access to the citizen's access log and data.",
  },
  gdprRoles: {
    da: 'Kun rådgivere og administratorer i borgerens kommune må udlevere borgerens data og adgangslog.',
    en: "Only caseworkers and administrators of the citizen's authority may hand out the citizen's data and access log.",
  },
  erasureAdminOnly: {
    da: 'Kun en administrator i borgerens kommune må se, om borgerens data kan anonymiseres.',
    en: "Only an administrator of the citizen's authority may see whether the citizen's data can be anonymised.",
  },
  erasureListAdminOnly: {
    da: 'Kun en administrator i en kommune må se, hvilke af kommunens borgere der kan anonymiseres.',
    en: "Only an administrator of an authority may see which of the authority's citizens can be anonymised.",
  },
} satisfies Record<string, LocalizedText>;

/** Records the refusal in the request's AccessTrail (so the audit entry shows it) and throws FORBIDDEN. */
export function refuse(ctx: Context, operation: string, reason: LocalizedText): never {
  ctx.access.recordRefusal(operation, reason.en);
  throw new GraphQLError(reason[ctx.locale], { extensions: { code: 'FORBIDDEN' } });
}

export const ErasureErrors = {
  onlyAdmin: () =>
    new DomainError('FORBIDDEN', { da: 'Kun en administrator i borgerens kommune må anonymisere borgerens data.', en: "Only an administrator of the citizen's authority may anonymise the citizen's data." }, null),
  alreadyErased: () =>
    new DomainError('ALREADY_ERASED', { da: 'Borgerens data er allerede anonymiseret.', en: "The citizen's data have already been anonymised." }, ['input', 'citizenId']),
  caseOpen: () =>
    new DomainError(
      'CASE_OPEN',
      {
        da: 'Borgerens sag er ikke afsluttet (en kontrakt er i kladde eller aktiv, eller en bestilling afventer svar). Data kan først anonymiseres, når sagen er afsluttet og opbevaringsperioden er udløbet.',
        en: "The citizen's case is not closed (a contract is a draft or active, or an order awaits an answer). Data can be anonymised only once the case is closed and the retention period has passed.",
      },
      ['input', 'citizenId'],
    ),
  retentionNotExpired: (lastActivity: string, years: number, allowedFrom: string) =>
    new DomainError(
      'RETENTION_NOT_EXPIRED',
      {
        da: `Opbevaringsperioden er ikke udløbet: sagen var sidst aktiv ${lastActivity}, og data skal opbevares ${years} år. Data kan anonymiseres fra ${allowedFrom}.`,
        en: `The retention period has not passed: the case was last active on ${lastActivity}, and data are kept for ${years} years. Data can be anonymised from ${allowedFrom}.`,
      },
      ['input', 'citizenId'],
    ),
  confirmationMismatch: () =>
    new DomainError(
      'CONFIRMATION_MISMATCH',
      { da: 'Bekræftelsen skal være ordet ANONYMISER.', en: 'The confirmation must be the word ANONYMISER.' },
      ['input', 'confirmation'],
    ),
};
