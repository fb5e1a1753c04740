import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('ThemeChange', { description: 'A significant change in one life theme since the last meeting.' })
export class ThemeChange {
  @Field(() => String, { description: 'Key of the life theme, e.g. MENTAL_FUNCTIONS.' })
  lifeThemeKey!: string;

  @Field(() => String, { description: 'What changed.' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Functional level now on the VUM 0-4 scale, if assessed.' })
  functionalLevel?: number | null;
}

@InputType('ThemeChangeInput', { description: 'A significant change in one life theme since the last meeting.' })
export class ThemeChangeInput {
  @Field(() => String, { description: 'Key of the life theme, e.g. MENTAL_FUNCTIONS.' })
  lifeThemeKey!: string;

  @Field(() => String, { description: 'What changed.' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Functional level now on the VUM 0-4 scale, if assessed.' })
  functionalLevel?: number | null;
}
