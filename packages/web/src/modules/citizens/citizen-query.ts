import { graphql } from '../../generated/gql.js';
import type { CitizenPageQuery } from '../../generated/graphql.js';

/** Everything the citizen page shows, in one request. */
export const CITIZEN_PAGE = graphql(`
  query CitizenPage($id: ID!) {
    citizen(id: $id) {
      id
      name
      cpr
      cprMasked
      birthDate
      address
      phone
      guardian
      supportPerson
      consents { id active givenAt revokedAt parties scope excluded categories organizations { id name } }
      contracts {
        id
        status
        serviceType
        startDate
        endDate
        documentVersion
        nextFollowUpDate
        provider { id name }
        authority { id name }
        goals {
          id
          title
          priority
          status
          goalType
          deadline
          lifeTheme { key name nameEn }
          measurements { id kind scale value measuredAt }
        }
        followUpMeetings { id kind scheduledAt heldAt }
        statusNotes { id submittedAt onTime meeting { id scheduledAt } }
        changeNotices { id createdAt description acknowledgedAt }
        versions { id number reason createdAt sentToCitizenAt }
      }
    }
  }
`);

export type CitizenData = NonNullable<CitizenPageQuery['citizen']>;
export type CitizenContract = CitizenData['contracts'][number];
export type CitizenGoal = CitizenContract['goals'][number];
export type Reading = CitizenGoal['measurements'][number];
