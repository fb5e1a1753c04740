import { graphql } from '../../generated/gql.js';
import type { ContractPageQuery } from '../../generated/graphql.js';

/** The contract page and its print view read the same fields (one request, cached between them). */
export const CONTRACT_PAGE = graphql(`
  query ContractPage($id: ID!) {
    contract(id: $id) {
      id
      version
      status
      documentVersion
      serviceType
      assessmentTool
      startDate
      endDate
      nextFollowUpDate
      subGoalsDueBy
      purpose
      goalRationale
      dischargeCriteria
      noticePeriodDays
      terminationReason
      toBeSentToCitizen
      reportingForms
      price { amount unit }
      authority { id name }
      provider { id name }
      citizen { id name cpr cprMasked }
      lifeThemes { key name nameEn }
      participants { name role organization }
      signatures { party name signedOn }
      goals {
        id
        version
        priority
        title
        measurableCriterion
        goalType
        deadline
        status
        outcomeComment
        lifeTheme { key name nameEn }
        smart { complete missing }
        subGoals { id version title method approval status decisionComment proposedAt decidedAt }
      }
      versions { id number reason createdAt sentToCitizenAt }
      followUpMeetings { id kind scheduledAt heldAt decision statusNote { id } }
      statusNotes { id submittedAt onTime recommendation meeting { id scheduledAt } }
      changeNotices { id createdAt description consequences acknowledgedAt }
    }
  }
`);

export type ContractData = NonNullable<ContractPageQuery['contract']>;
export type ContractGoal = ContractData['goals'][number];
export type ContractSubGoal = ContractGoal['subGoals'][number];
