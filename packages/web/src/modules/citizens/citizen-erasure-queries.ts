import { graphql } from '../../generated/gql.js';
import type { CitizenErasureStatusQuery } from '../../generated/graphql.js';
import { purposeHeader } from './citizen-insight-format.js';

/*
 * The requests of the citizen's anonymisation section: whether and from when the citizen may be anonymised, and
 * the anonymisation itself. Both are logged with the purpose below (the X-Treklang-Purpose header).
 */

/** Whether and from when the citizen may be anonymised (ADMIN of the citizen's authority only). */
export const CITIZEN_ERASURE_STATUS = graphql(`
  query CitizenErasureStatus($citizenId: ID!) {
    citizenErasure(citizenId: $citizenId) { lastActivityOn erasableFrom caseOpen erased erasable }
  }
`);

/** Anonymises the citizen; the API asks for the word ANONYMISER as confirmation. */
export const ERASE_CITIZEN = graphql(`
  mutation EraseCitizen($input: EraseCitizenInput!) {
    eraseCitizen(input: $input) {
      citizen { id name }
      erasedAt
      userErrors { code message field }
    }
  }
`);

export type CitizenErasureStatus = NonNullable<CitizenErasureStatusQuery['citizenErasure']>;

/** Always in Danish, as the log is. */
export const ERASURE_PURPOSE = 'anonymisering efter opbevaringsperioden';
export const ERASURE_CONTEXT = { headers: { 'x-treklang-purpose': purposeHeader(ERASURE_PURPOSE) } };
