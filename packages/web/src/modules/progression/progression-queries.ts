import { graphql } from '../../generated/gql.js';
import type { ProgressionGroupFieldsFragment, TimelinessGroupFieldsFragment, TimelinessShareFieldsFragment } from '../../generated/graphql.js';

/* The dashboard's reads: aggregates only (organisation names, never citizens), except the late lists, which the server gives only to those who may see the cases. */

export const PROGRESSION_GROUP_FIELDS = graphql(`
  fragment ProgressionGroupFields on ProgressionGroup {
    suppressed
    citizens
    goals
    goalsMeasured
    goalsAchieved
    meanBaseline
    meanLatest
    meanChange
    improved
    unchanged
    declined
    authority { id name }
    provider { id name }
    lifeThemeKey
    lifeTheme { key name nameEn }
    serviceType
    goalType
    quarter
  }
`);

export const PROGRESSION_OPTIONS = graphql(`
  query ProgressionOptions {
    byProvider: progression(groupBy: [PROVIDER]) { groups { provider { id name } } }
    byAuthority: progression(groupBy: [AUTHORITY]) { groups { authority { id name } } }
  }
`);

export const PROGRESSION_OVERVIEW = graphql(`
  query ProgressionOverview($filter: ProgressionFilter!, $rowBy: ProgressionDimension!) {
    cells: progression(filter: $filter, groupBy: [$rowBy, LIFE_THEME]) { higherIsBetter scale groups { ...ProgressionGroupFields } }
    rows: progression(filter: $filter, groupBy: [$rowBy]) { groups { ...ProgressionGroupFields } }
    columns: progression(filter: $filter, groupBy: [LIFE_THEME]) { groups { ...ProgressionGroupFields } total { ...ProgressionGroupFields } }
  }
`);

export const PROGRESSION_BREAKDOWN = graphql(`
  query ProgressionBreakdown($filter: ProgressionFilter!, $groupBy: [ProgressionDimension!]!) {
    progression(filter: $filter, groupBy: $groupBy) {
      higherIsBetter
      scale
      from
      to
      groups { ...ProgressionGroupFields }
      total { ...ProgressionGroupFields }
    }
  }
`);

export const TIMELINESS_SHARE_FIELDS = graphql(`
  fragment TimelinessShareFields on TimelinessShare {
    suppressed
    citizens
    onTime
    late
    total
    share
  }
`);

export const TIMELINESS_GROUP_FIELDS = graphql(`
  fragment TimelinessGroupFields on TimelinessGroup {
    authority { id name }
    provider { id name }
    serviceType
    quarter
    statusNotes { ...TimelinessShareFields }
    subGoalApprovals { ...TimelinessShareFields }
    meetings { ...TimelinessShareFields }
  }
`);

export const TIMELINESS_OVERVIEW = graphql(`
  query TimelinessOverview($filter: TimelinessFilter!, $groupBy: [TimelinessDimension!]!) {
    timeliness(filter: $filter, groupBy: $groupBy) {
      today
      total { ...TimelinessGroupFields }
      groups { ...TimelinessGroupFields }
    }
  }
`);

export const LATE_STATUS_NOTES = graphql(`
  query TimelinessLateStatusNotes($filter: TimelinessFilter!, $first: Int!, $after: String) {
    timeliness(filter: $filter, groupBy: []) {
      lateStatusNotes(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            scheduledAt
            statusDueBy
            statusNote { id submittedAt }
            contract { id serviceType citizen { id name } authority { id name } provider { id name } }
          }
        }
      }
    }
  }
`);

export const LATE_SUB_GOAL_APPROVALS = graphql(`
  query TimelinessLateSubGoalApprovals($filter: TimelinessFilter!, $first: Int!, $after: String) {
    timeliness(filter: $filter, groupBy: []) {
      lateSubGoalApprovals(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id serviceType startDate subGoalsDueBy citizen { id name } authority { id name } provider { id name } } }
      }
    }
  }
`);

export const LATE_MEETINGS = graphql(`
  query TimelinessLateMeetings($filter: TimelinessFilter!, $first: Int!, $after: String) {
    timeliness(filter: $filter, groupBy: []) {
      lateMeetings(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            kind
            scheduledAt
            heldAt
            contract { id serviceType citizen { id name } authority { id name } provider { id name } }
          }
        }
      }
    }
  }
`);

export type ProgressionGroupRow = ProgressionGroupFieldsFragment;
export type TimelinessGroupRow = TimelinessGroupFieldsFragment;
export type TimelinessShareValue = TimelinessShareFieldsFragment;
