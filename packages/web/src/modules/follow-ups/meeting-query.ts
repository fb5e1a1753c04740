import { graphql } from '../../generated/gql.js';
import type { MeetingPageQuery } from '../../generated/graphql.js';

/** One follow-up meeting with what its page shows: the plan, the replies to the invitation, the status note, the outcome and the contract's goals. */
export const MEETING_PAGE = graphql(`
  query MeetingPage($id: ID!) {
    node(id: $id) {
      ... on FollowUpMeeting {
        id
        version
        kind
        scheduledAt
        location
        agenda
        participants { name role organization }
        invitationReplies { id version participantIndex reply answeredBy answeredOn comment recordedAt recordedByOrganization { id name } }
        planningStartBy
        statusDueBy
        heldAt
        minutes
        decision
        nextMeetingAt
        statusNote { id submittedAt dueBy onTime recommendation }
        contract {
          id
          status
          documentVersion
          authority { id name }
          provider { id name }
          citizen { id name }
          lifeThemes { key name nameEn }
          goals { id version priority title measurableCriterion goalType deadline status lifeTheme { key name nameEn } }
          versions { id number reason createdAt }
          followUpMeetings { id scheduledAt heldAt }
        }
      }
    }
  }
`);

type MeetingNode = NonNullable<MeetingPageQuery['node']>;
export type MeetingData = Extract<MeetingNode, { scheduledAt: string }>;
export type MeetingContract = MeetingData['contract'];

/** The node when it is a follow-up meeting (node() answers any type for an ID). */
export function asMeeting(node: MeetingPageQuery['node'] | undefined): MeetingData | null {
  const isMeeting = (n: MeetingNode): n is MeetingData => 'scheduledAt' in n;
  return node && isMeeting(node) ? node : null;
}
