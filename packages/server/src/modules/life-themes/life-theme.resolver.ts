import { Query, Resolver } from 'type-graphql';
import { LIFE_THEMES, LifeTheme } from './life-theme.type.js';

@Resolver(() => LifeTheme)
export class LifeThemeResolver {
  @Query(() => [LifeTheme], { description: 'The life themes goals are set in: the 11 VUM 2.0 themes with their FFB codes.' })
  lifeThemes(): readonly LifeTheme[] {
    return LIFE_THEMES;
  }
}
