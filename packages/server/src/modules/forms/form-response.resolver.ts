import { computeDerived, danishToday, validateResponse } from '@treklang/schema';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, createUnionType } from 'type-graphql';
import { ConnectionType, PageArgs, paginate, type Connection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { JSONScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { ChangeNotice } from '../change-notices/change-notice.entity.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { StatusNote } from '../status-notes/status-note.entity.js';
import { SaveFormResponseInput, SubmitFormResponseInput } from './dto/form.input.js';
import { FormIssue } from './form-issue.type.js';
import { runFormMutation } from './form-mutation.js';
import { FormResponse } from './form-response.entity.js';
import { findVisibleResponse } from './form-response.scope.js';
import { saveFormResponse, submitFormResponse } from './form-response.service.js';
import { decodeSubjectId, findVisibleSubject, type FormSubject as VisibleSubject } from './form-subject.js';
import { FormTemplate } from './form-template.entity.js';
import { FormResponseStatus, FormSubjectType, SUBJECT_NODE_TYPE } from './form.enums.js';
import { providerMaySee } from '../../auth/authorize-write.js';
import { ConsentCategory } from '../consents/consent-category.js';

const subjectContract = (subject: VisibleSubject): Contract | null => (subject.type === FormSubjectType.CITIZEN ? null : subject.contract);
const subjectCitizenId = (subject: VisibleSubject): string => (subject.type === FormSubjectType.CITIZEN ? subject.rowId : subject.contract.citizenId);

export const FormSubject = createUnionType({
  name: 'FormSubject',
  description: 'What a form response is about: a citizen, a contract or a follow-up meeting.',
  types: () => [Citizen, Contract, FollowUpMeeting] as const,
  // No resolveType: type-graphql's own (by the class of the loaded entity) is synchronous, as graphql-jit needs.
});

export const FormResponseConnection = ConnectionType(FormResponse, 'FormResponse');

@ObjectType({ description: 'Result of saveFormResponse and submitFormResponse.' })
export class FormResponsePayload {
  @Field(() => FormResponse, { nullable: true, description: 'The response, when the mutation succeeded.' })
  formResponse!: FormResponse | null;

  @Field(() => [UserError], {
    description: "Problems, one per validation issue (field ['answers', ...item path]); nothing was stored and a submit left the response a draft when any.",
  })
  userErrors!: UserError[];
}

const SUBJECT_ENTITIES = { CITIZEN: Citizen, CONTRACT: Contract, MEETING: FollowUpMeeting } as const;

@Resolver(() => FormResponse)
export class FormResponseResolver {
  @Query(() => FormResponseConnection, {
    description: 'The form responses about a citizen, contract or follow-up meeting the viewer may see, oldest first (empty when the subject is not visible).',
  })
  async formResponses(
    @Arg('subjectId', () => ID, { description: 'A Citizen, Contract or FollowUpMeeting ID.' }) subjectId: string,
    @Arg('templateKey', () => String, { nullable: true, description: 'Only responses to this template key.' }) templateKey: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<FormResponse>> {
    const query = ctx.db.getRepository(FormResponse).createQueryBuilder('response');
    const decoded = decodeSubjectId(subjectId);
    const found = decoded ? await findVisibleSubject(ctx.db, ctx.viewer, decoded.type, decoded.rowId) : null;
    // Form answers reach a provider only while the citizen's consent covers forms (auth/policy-table.ts: FormResponse).
    const subject = found && (await providerMaySee(ctx.db, ctx.viewer, subjectContract(found), subjectCitizenId(found), ConsentCategory.FORMS)) ? found : null;
    if (!subject) query.where('1 = 0');
    else query.where('response.subjectRowId = :subjectRowId AND response.subjectType = :subjectType', { subjectRowId: subject.rowId, subjectType: subject.type });
    if (templateKey) query.andWhere('response.templateId IN (SELECT t.id FROM form_template t WHERE t.template_key = :templateKey)', { templateKey });
    return paginate(query, 'response', page);
  }

  @Query(() => FormResponse, { nullable: true, description: 'One form response, or null when absent or its subject is not visible to the viewer.' })
  async formResponse(@Arg('id', () => ID, { description: 'Global ID of the response.' }) id: string, @Ctx() ctx: Context): Promise<FormResponse | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'FormResponse') return null;
    return (await findVisibleResponse(ctx.db, ctx.viewer, decoded.id))?.response ?? null;
  }

  @FieldResolver(() => FormTemplate, { description: 'The exact template version the response was started on; it renders and validates with it even after newer versions are published.' })
  async template(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<FormTemplate> {
    return (await ctx.loaders.byId(FormTemplate).load(response.templateId)) as FormTemplate;
  }

  @FieldResolver(() => ID, { description: 'Global ID of the subject.' })
  subjectId(@Root() response: FormResponse): string {
    return toGlobalId(SUBJECT_NODE_TYPE[response.subjectType], response.subjectRowId);
  }

  @FieldResolver(() => FormSubject, { description: 'The citizen, contract or follow-up meeting the response is about.' })
  async subject(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<Citizen | Contract | FollowUpMeeting> {
    const entity = SUBJECT_ENTITIES[response.subjectType] as typeof Citizen;
    return (await ctx.loaders.byId(entity).load(response.subjectRowId)) as Citizen | Contract | FollowUpMeeting;
  }

  @FieldResolver(() => [FormIssue], {
    description: 'What still stands in the way of submitting (validation in submit mode, e.g. REQUIRED items); empty once submitted.',
  })
  async issues(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<FormIssue[]> {
    if (response.status === FormResponseStatus.SUBMITTED) return [];
    const template = await this.template(response, ctx);
    return validateResponse(template.definition, response.answers, { mode: 'submit', today: danishToday() }).map((issue) => ({
      path: issue.path.map(String),
      code: issue.code,
      message: issue.message.da,
      messageEn: issue.message.en,
    }));
  }

  @FieldResolver(() => JSONScalar, {
    description: "Values computed from the answers by the template's derived functions (e.g. complexityRecommendation, goalSmartness, followUpDates), keyed by name; {} when it has none.",
  })
  async derived(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    const template = await this.template(response, ctx);
    return computeDerived(template.definition, response.answers, { today: danishToday() });
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The object that submitting wrote (a Contract, StatusNote or ChangeNotice); null for a draft or a form without bindings.' })
  writtenObject(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<Contract | StatusNote | ChangeNotice | null> | null {
    if (!response.writtenRowId) return null;
    if (response.writtenType === 'Contract') return ctx.loaders.byId(Contract).load(response.writtenRowId);
    if (response.writtenType === 'StatusNote') return ctx.loaders.byId(StatusNote).load(response.writtenRowId);
    if (response.writtenType === 'ChangeNotice') return ctx.loaders.byId(ChangeNotice).load(response.writtenRowId);
    return null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract a submitted contract checklist wrote.' })
  contract(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return response.writtenType === 'Contract' && response.writtenRowId ? ctx.loaders.byId(Contract).load(response.writtenRowId) : null;
  }

  @FieldResolver(() => StatusNote, { nullable: true, description: 'The status note a submitted status note response wrote.' })
  statusNote(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<StatusNote | null> | null {
    return response.writtenType === 'StatusNote' && response.writtenRowId ? ctx.loaders.byId(StatusNote).load(response.writtenRowId) : null;
  }

  @FieldResolver(() => ChangeNotice, { nullable: true, description: 'The change notice a submitted change notice response wrote.' })
  changeNotice(@Root() response: FormResponse, @Ctx() ctx: Context): Promise<ChangeNotice | null> | null {
    return response.writtenType === 'ChangeNotice' && response.writtenRowId ? ctx.loaders.byId(ChangeNotice).load(response.writtenRowId) : null;
  }

  @Mutation(() => FormResponsePayload, {
    description:
      'Creates or updates a draft response (autosave). Incomplete answers are accepted; answers that do not fit the definition (unknown item, wrong type, too long, out of range, hidden, the other party\'s item) are refused with userErrors carrying item paths, and nothing is stored.',
  })
  async saveFormResponse(
    @Arg('input', () => SaveFormResponseInput, { description: 'The response and the answers.' }) input: SaveFormResponseInput,
    @Ctx() ctx: Context,
  ): Promise<FormResponsePayload> {
    const outcome = await runFormMutation(ctx, (tx) => saveFormResponse(tx, ctx.viewer, input));
    return { formResponse: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => FormResponsePayload, {
    description:
      "Submits a draft response after full validation; issues come back as userErrors (field ['answers', ...item path]) and the response stays a draft. A clean response becomes SUBMITTED and writes its bound rows (contract checklist: Contract and Goals; status note: StatusNote and Measurements; change notice: ChangeNotice).",
  })
  async submitFormResponse(
    @Arg('input', () => SubmitFormResponseInput, { description: 'The response and the version you read.' }) input: SubmitFormResponseInput,
    @Ctx() ctx: Context,
  ): Promise<FormResponsePayload> {
    const outcome = await runFormMutation(ctx, (tx) => submitFormResponse(tx, ctx.viewer, input));
    return { formResponse: outcome.value, userErrors: outcome.userErrors };
  }
}

