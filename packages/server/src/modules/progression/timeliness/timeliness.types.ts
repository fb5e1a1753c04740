import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceType } from '../../../common/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { MINIMUM_CITIZENS } from '../suppression.js';
import type { TimelinessCriteria } from './timeliness.sql.js';

export enum TimelinessDimension {
  AUTHORITY = 'AUTHORITY',
  PROVIDER = 'PROVIDER',
  SERVICE_TYPE = 'SERVICE_TYPE',
  QUARTER = 'QUARTER',
}
registerEnumType(TimelinessDimension, {
  name: 'TimelinessDimension',
  description: 'What a timeliness report is grouped by.',
  valuesConfig: {
    AUTHORITY: { description: "The contract's authority." },
    PROVIDER: { description: "The contract's provider." },
    SERVICE_TYPE: { description: "The contract's service type." },
    QUARTER: { description: "The quarter ('YYYY-Qn') of the deadline: the status note's due date, the sub-goal approval's due date, the meeting's day." },
  },
});

@ObjectType('TimelinessShare', {
  description:
    'How many deadlines of one kind were met: `onTime` (the numerator) of `total` (the denominator: deadlines that have passed, and those met ' +
    `early). Hidden ("fewer than ${MINIMUM_CITIZENS}") when they concern fewer than ${MINIMUM_CITIZENS} citizens.`,
})
export class TimelinessShare {
  @Field(() => Boolean, { description: `True when the numbers are hidden because they concern fewer than ${MINIMUM_CITIZENS} citizens.` })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Distinct citizens the deadlines concern; null while suppressed.' })
  citizens!: number | null;

  @Field(() => Int, { nullable: true, description: 'Deadlines met (the numerator); null while suppressed.' })
  onTime!: number | null;

  @Field(() => Int, { nullable: true, description: 'Deadlines counted (the denominator); null while suppressed.' })
  total!: number | null;

  @Field(() => Int, { nullable: true, description: 'Deadlines missed: total minus onTime; null while suppressed.' })
  late!: number | null;

  @Field(() => Float, { nullable: true, description: 'onTime / total, 0 to 1; null while suppressed or when total is 0.' })
  share!: number | null;
}

@ObjectType('TimelinessGroup', { description: 'The three timeliness shares for one group (dimension values null where the report is not grouped by them).' })
export class TimelinessGroup {
  authorityId!: string | null;
  providerId!: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'The service type when grouped by SERVICE_TYPE.' })
  serviceType!: ServiceType | null;

  @Field(() => String, { nullable: true, description: "The quarter 'YYYY-Qn' of the deadlines when grouped by QUARTER." })
  quarter!: string | null;

  @Field(() => TimelinessShare, {
    description:
      "Status notes delivered at least 14 days before the meeting (on or before the note's due date). Counted: meetings whose note is due by now, or " +
      'already delivered; a note never delivered is late.',
  })
  statusNotes!: TimelinessShare;

  @Field(() => TimelinessShare, {
    description:
      'Contracts whose sub-goals were approved within 3 months of the start: every goal the contract had by then (discontinued goals aside) has ' +
      'a sub-goal the authority approved on or before that day. Counted: signed contracts whose 3 months have passed, or that met it already.',
  })
  subGoalApprovals!: TimelinessShare;

  @Field(() => TimelinessShare, {
    description:
      'Follow-up meetings held on schedule: recorded as held on or before their scheduled day (days compared in UTC). Counted: meetings held, and ' +
      'meetings whose day has passed; one not held by then is late.',
  })
  meetings!: TimelinessShare;
}

@ObjectType('TimelinessReport', {
  description:
    "Timeliness of the viewer's own organisation's cases: the shares of status notes, sub-goal approvals and follow-up meetings on time, " +
    'and, for caseworkers and provider staff, the late ones behind each share. Managers get the shares only.',
})
export class TimelinessReport {
  @Field(() => [TimelinessGroup], { description: 'The groups, ordered by their dimension values; with an empty `groupBy`, one group: the total.' })
  groups!: TimelinessGroup[];

  @Field(() => TimelinessGroup, { description: 'All deadlines of the report together.' })
  total!: TimelinessGroup;

  @Field(() => [TimelinessDimension], { description: 'The dimensions the groups are keyed by.' })
  groupBy!: TimelinessDimension[];

  @Field(() => DateScalar, { description: 'The day the report is reckoned from: deadlines before it have passed.' })
  today!: string;

  /** The normalised filter, for the lists. */
  criteria!: Omit<TimelinessCriteria, 'scope'>;
}
