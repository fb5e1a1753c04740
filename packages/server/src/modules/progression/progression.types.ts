import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GoalType, Scale, ServiceType } from '../../common/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import { MINIMUM_CITIZENS } from './suppression.js';

export enum ProgressionDimension {
  AUTHORITY = 'AUTHORITY',
  PROVIDER = 'PROVIDER',
  LIFE_THEME = 'LIFE_THEME',
  SERVICE_TYPE = 'SERVICE_TYPE',
  GOAL_TYPE = 'GOAL_TYPE',
  QUARTER = 'QUARTER',
}
registerEnumType(ProgressionDimension, {
  name: 'ProgressionDimension',
  description: 'What a progression report is grouped by.',
  valuesConfig: {
    AUTHORITY: { description: "The contract's authority (buying municipality)." },
    PROVIDER: { description: "The contract's provider." },
    LIFE_THEME: { description: "The goal's life theme." },
    SERVICE_TYPE: { description: "The contract's service type (SEL paragraph)." },
    GOAL_TYPE: { description: 'The goal type: DEVELOP, MAINTAIN or LIMIT_LOSS. A MAINTAIN goal succeeds without a rising score.' },
    QUARTER: { description: "The quarter ('YYYY-Qn') of the goal's latest reading on the scale (its latest follow-up, else its baseline); null when it has none." },
  },
});

@ObjectType('ProgressionGroup', {
  description:
    `One group of goals in a progression report: its dimension values (null where the report is not grouped by that dimension) and ` +
    `the aggregates. A goal counts once: its BASELINE against its latest FOLLOW_UP on the report's scale. A group covering fewer than ` +
    `${MINIMUM_CITIZENS} citizens is suppressed, so that nobody can be recognised.`,
})
export class ProgressionGroup {
  authorityId!: string | null;
  providerId!: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the life theme when grouped by LIFE_THEME (also for themes outside the VUM set).' })
  lifeThemeKey!: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'The service type when grouped by SERVICE_TYPE.' })
  serviceType!: ServiceType | null;

  @Field(() => GoalType, { nullable: true, description: 'The goal type when grouped by GOAL_TYPE; read the change beside it (maintaining is a success for MAINTAIN).' })
  goalType!: GoalType | null;

  @Field(() => String, { nullable: true, description: "The quarter 'YYYY-Qn' of the latest reading when grouped by QUARTER; null there for goals without any reading." })
  quarter!: string | null;

  @Field(() => Boolean, {
    description:
      `True when the numbers are hidden ("fewer than ${MINIMUM_CITIZENS}"): the group covers fewer than ${MINIMUM_CITIZENS} citizens, or a ` +
      `filter would isolate fewer than ${MINIMUM_CITIZENS}, or showing it would let the hidden groups be computed from the others and the total.`,
  })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Distinct citizens with a goal in the group; null while suppressed.' })
  citizens!: number | null;

  @Field(() => Int, { nullable: true, description: 'Goals in the group, measured or not; null while suppressed.' })
  goals!: number | null;

  @Field(() => Int, { nullable: true, description: 'Goals with status ACHIEVED; null while suppressed.' })
  goalsAchieved!: number | null;

  @Field(() => Int, { nullable: true, description: 'Goals with both a baseline and a follow-up reading on the scale: those behind the means and the counts of change; null while suppressed.' })
  goalsMeasured!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean baseline of the measured goals; null while suppressed or when none is measured.' })
  meanBaseline!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean latest follow-up reading of the measured goals; null while suppressed or when none is measured.' })
  meanLatest!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of latest minus baseline. On a scale where lower is better (VUM_0_4) a negative change is an improvement; `improved` and `declined` already account for that.',
  })
  meanChange!: number | null;

  @Field(() => Int, { nullable: true, description: 'Measured goals whose latest reading is better than the baseline (higher on 1-10, lower on VUM 0-4); null while suppressed.' })
  improved!: number | null;

  @Field(() => Int, { nullable: true, description: 'Measured goals whose latest reading equals the baseline (a success for a MAINTAIN goal); null while suppressed.' })
  unchanged!: number | null;

  @Field(() => Int, { nullable: true, description: 'Measured goals whose latest reading is worse than the baseline; null while suppressed.' })
  declined!: number | null;
}

@ObjectType('ProgressionReport', {
  description:
    "Aggregated progression of the viewer's organisation's cases (an authority's contracts, or a provider's), computed by the database. " +
    'Aggregates only: no names, no CPR numbers, no IDs of citizens or contracts.',
})
export class ProgressionReport {
  @Field(() => [ProgressionGroup], { description: 'The groups, ordered by their dimension values; with an empty `groupBy`, one group: the total.' })
  groups!: ProgressionGroup[];

  @Field(() => ProgressionGroup, { description: 'All goals of the report together (every dimension null); suppressed too when it covers fewer than 5 citizens.' })
  total!: ProgressionGroup;

  @Field(() => [ProgressionDimension], { description: 'The dimensions the groups are keyed by, in the order asked.' })
  groupBy!: ProgressionDimension[];

  @Field(() => Scale, { description: 'The scale the readings are on.' })
  scale!: Scale;

  @Field(() => Boolean, { description: 'True when a higher value is better on the scale (1-10); false for VUM 0-4, where lower means less limitation.' })
  higherIsBetter!: boolean;

  @Field(() => Int, { description: `The smallest number of citizens a group must cover to be shown (${MINIMUM_CITIZENS}).` })
  minimumCitizens!: number;

  @Field(() => DateScalar, { nullable: true, description: "The first day of the date range applied (the filter's `from`, widened to the start of its quarter)." })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The last day of the date range applied (the filter's `to`, widened to the end of its quarter)." })
  to!: string | null;
}
