import { graphql } from '../../generated/gql.js';
import type { StatusNotePageQuery } from '../../generated/graphql.js';

/** A status note with each goal's score beside the goal's baseline on the same scale. The page and its print view share it. */
export const STATUS_NOTE_PAGE = graphql(`
  query StatusNotePage($id: ID!) {
    node(id: $id) {
      ... on StatusNote {
        id
        submittedAt
        dueBy
        onTime
        recommendation
        providerAssessment
        remarks
        reviewedWithCitizen
        notReviewedReason
        themeChanges { lifeThemeKey description functionalLevel }
        goalStatuses {
          id
          attainment
          how
          citizenView
          professionalView
          scale
          score
          goal {
            id
            priority
            title
            lifeTheme { key name nameEn }
            baselineTen: baseline(scale: ONE_TO_TEN) { value measuredAt }
            baselineVum: baseline(scale: VUM_0_4) { value measuredAt }
          }
        }
        meeting { id scheduledAt heldAt }
        contract { id authority { id name } provider { id name } citizen { id name } }
      }
    }
  }
`);

type StatusNoteNode = NonNullable<StatusNotePageQuery['node']>;
export type StatusNoteData = Extract<StatusNoteNode, { providerAssessment: string }>;
export type GoalReport = StatusNoteData['goalStatuses'][number];

export function asStatusNote(node: StatusNotePageQuery['node'] | undefined): StatusNoteData | null {
  const isNote = (n: StatusNoteNode): n is StatusNoteData => 'providerAssessment' in n;
  return node && isNote(node) ? node : null;
}

/** The goal's baseline on the scale the report's score is on (null without a score or a baseline). */
export function baselineOf(report: GoalReport): { value: number; measuredAt: string } | null {
  if (report.scale === 'VUM_0_4') return report.goal.baselineVum ?? null;
  if (report.scale === 'ONE_TO_TEN') return report.goal.baselineTen ?? null;
  return null;
}
