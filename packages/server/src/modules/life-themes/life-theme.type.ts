import { LIFE_THEME_GROUPS, VUM_LIFE_THEMES, type LifeThemeDefinition } from '@treklang/schema';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('LifeThemeGroup', { description: 'The FFB group a life theme belongs to.' })
export class LifeThemeGroup {
  @Field(() => String, { description: 'Stable key, e.g. ACTIVITY_AND_PARTICIPATION.' })
  key!: string;

  @Field(() => String, { description: 'FFB code.' })
  code!: string;

  @Field(() => String, { description: 'Danish name.' })
  name!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;
}

@ObjectType('LifeTheme', { description: 'A life theme (livstema) from VUM 2.0, keyed by its Fælles Faglige Begreber code.' })
export class LifeTheme {
  @Field(() => String, { description: 'Stable key used in inputs, e.g. MENTAL_FUNCTIONS.' })
  key!: string;

  @Field(() => String, { description: "The FFB concept code (UUID) in KL's code system." })
  code!: string;

  @Field(() => String, { description: 'Danish name, e.g. "Mentale funktioner".' })
  name!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => LifeThemeGroup, { description: 'The FFB group: functions and conditions, activity and participation, or environmental factors.' })
  group!: LifeThemeGroup;
}

export function toLifeTheme(definition: LifeThemeDefinition): LifeTheme {
  const group = LIFE_THEME_GROUPS[definition.group];
  return {
    key: definition.key,
    code: definition.code,
    name: definition.name.da,
    nameEn: definition.name.en,
    group: { key: definition.group, code: group.code, name: group.name.da, nameEn: group.name.en },
  };
}

export const LIFE_THEMES: readonly LifeTheme[] = VUM_LIFE_THEMES.map(toLifeTheme);
const byKey = new Map(LIFE_THEMES.map((theme) => [theme.key, theme]));

export function lifeThemeByKey(key: string): LifeTheme | null {
  return byKey.get(key) ?? null;
}
