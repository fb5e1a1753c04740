import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LifeTheme, lifeThemeByKey } from '../life-themes/life-theme.type.js';
import { Organization } from '../organizations/organization.entity.js';
import { ProgressionFilter } from './dto/progression.filter.js';
import { progressionReport } from './progression.service.js';
import { ProgressionDimension, ProgressionGroup, ProgressionReport } from './progression.types.js';

@Resolver(() => ProgressionGroup)
export class ProgressionResolver {
  @Query(() => ProgressionReport, {
    description:
      "Progression across the viewer's own organisation's cases (an authority's contracts, or a provider's), grouped by the dimensions asked: " +
      'per group citizens, goals, goals achieved, mean baseline, mean latest, mean change, improved, unchanged and declined. A goal counts once: its ' +
      'BASELINE against its latest FOLLOW_UP on the same scale; goals without both count in `goals` but not in the means. Groups covering fewer than 5 ' +
      'citizens are suppressed (shown as "fewer than 5"). Aggregates only: never names or CPR numbers.',
  })
  progression(
    @Arg('groupBy', () => [ProgressionDimension], { description: 'The dimensions to group by, in order; empty for one group: the total.' }) groupBy: ProgressionDimension[],
    @Arg('filter', () => ProgressionFilter, { nullable: true, description: 'Which goals; all of the organisation\'s on the ONE_TO_TEN scale when omitted.' })
    filter: ProgressionFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ProgressionReport> {
    return progressionReport(ctx.db, ctx.viewer, { filter, groupBy });
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The authority, when grouped by AUTHORITY.' })
  authority(@Root() group: ProgressionGroup, @Ctx() ctx: Context): Promise<Organization | null> {
    return group.authorityId === null ? Promise.resolve(null) : ctx.loaders.byId(Organization).load(group.authorityId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The provider, when grouped by PROVIDER.' })
  provider(@Root() group: ProgressionGroup, @Ctx() ctx: Context): Promise<Organization | null> {
    return group.providerId === null ? Promise.resolve(null) : ctx.loaders.byId(Organization).load(group.providerId);
  }

  @FieldResolver(() => LifeTheme, { nullable: true, description: 'The life theme, when grouped by LIFE_THEME (null for a key outside the known themes; see `lifeThemeKey`).' })
  lifeTheme(@Root() group: ProgressionGroup): LifeTheme | null {
    return group.lifeThemeKey === null ? null : lifeThemeByKey(group.lifeThemeKey);
  }
}
