import { graphql } from '../../generated/gql.js';
import type { CitizenInsightLogQuery } from '../../generated/graphql.js';

/** One page of the citizen's access log, newest first (caseworkers and admins of the authority; reading it is logged). */
export const CITIZEN_INSIGHT_LOG = graphql(`
  query CitizenInsightLog($citizenId: ID!, $first: Int!, $after: String) {
    citizenAccessLog(citizenId: $citizenId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { occurredAt action organizationName userRole dataKinds purpose operation searches }
      }
    }
  }
`);

/** The whole access log as a file, oldest first. */
export const CITIZEN_INSIGHT_LOG_EXPORT = graphql(`
  query CitizenInsightLogExport($citizenId: ID!, $format: ExportFormat!) {
    citizenAccessLogExport(citizenId: $citizenId, format: $format) { fileName contentType content }
  }
`);

/** All data stored about the citizen as one JSON file. */
export const CITIZEN_INSIGHT_DATA_EXPORT = graphql(`
  query CitizenInsightDataExport($citizenId: ID!) {
    exportCitizenData(citizenId: $citizenId) { fileName contentType content }
  }
`);

export type AccessLogConnection = CitizenInsightLogQuery['citizenAccessLog'];
export type AccessLogEntry = AccessLogConnection['edges'][number]['node'];
