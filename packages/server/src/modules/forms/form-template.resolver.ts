import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Organization } from '../organizations/organization.entity.js';
import { PublishFormTemplateInput } from './dto/form.input.js';
import { runFormMutation } from './form-mutation.js';
import { FormTemplate } from './form-template.entity.js';
import { findTemplate, latestTemplates, templateAuthorityOf } from './form-template.scope.js';
import { publishFormTemplate } from './form-template.service.js';
import { FormSubjectType } from './form.enums.js';

@ObjectType({ description: 'Result of publishFormTemplate.' })
export class FormTemplatePayload {
  @Field(() => FormTemplate, { nullable: true, description: 'The new template version, when the mutation succeeded.' })
  formTemplate!: FormTemplate | null;

  @Field(() => [UserError], { description: 'Problems (one per problem in the definition); nothing was stored when any.' })
  userErrors!: UserError[];
}

@Resolver(() => FormTemplate)
export class FormTemplateResolver {
  @Query(() => [FormTemplate], {
    description: "The latest version of each form template the viewer uses: the built-in ones, with the viewer's authority's own versions where it has published any.",
  })
  formTemplates(@Ctx() ctx: Context): Promise<FormTemplate[]> {
    return latestTemplates(ctx.db, templateAuthorityOf(ctx.viewer));
  }

  @Query(() => FormTemplate, { nullable: true, description: "One version of a template (the latest when `version` is omitted) among the built-in ones and the viewer's authority's own; null when there is none." })
  formTemplate(
    @Arg('key', () => String, { description: "The template key, e.g. 'status-note'." }) key: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version; omit for the latest.' }) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<FormTemplate | null> {
    return findTemplate(ctx.db, templateAuthorityOf(ctx.viewer), key, version ?? null);
  }

  @FieldResolver(() => String, { description: 'Title in English.' })
  titleEn(@Root() template: FormTemplate): string {
    return template.definition.title?.en ?? template.title;
  }

  @FieldResolver(() => FormSubjectType, { description: 'What a response to this template is about.' })
  subjectType(@Root() template: FormTemplate): FormSubjectType {
    return template.definition.subject as FormSubjectType;
  }

  @FieldResolver(() => Boolean, { description: 'True for a template that comes with Treklang; false for an authority\'s own version.' })
  builtIn(@Root() template: FormTemplate): boolean {
    return template.authorityId === null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The authority that published this version; null for a built-in template.' })
  authority(@Root() template: FormTemplate, @Ctx() ctx: Context): Promise<Organization | null> | null {
    return template.authorityId ? ctx.loaders.byId(Organization).load(template.authorityId) : null;
  }

  @Mutation(() => FormTemplatePayload, {
    description: "Publishes the viewer's authority's next version of a template (caseworkers and administrators of an authority). The definition must pass the shared checkDefinition.",
  })
  async publishFormTemplate(
    @Arg('input', () => PublishFormTemplateInput, { description: 'The key and the definition.' }) input: PublishFormTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<FormTemplatePayload> {
    const outcome = await runFormMutation(ctx, (tx) => publishFormTemplate(tx, ctx.viewer, input));
    return { formTemplate: outcome.value, userErrors: outcome.userErrors };
  }
}
