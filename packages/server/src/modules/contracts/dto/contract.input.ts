import { Field, ID, InputType, Int } from 'type-graphql';
import { ServiceType } from '../../../common/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { GoalDraftInput } from '../../goals/dto/goal.input.js';
import { Participant, Price } from '../contract-parts.js';
import { AssessmentTool, ReportingForm, SignatureParty } from '../contract.enums.js';

@InputType({ description: 'A new contract (a draft until both parties have signed).' })
export class CreateContractInput {
  @Field(() => ID, { description: "The citizen; must belong to the caseworker's authority." })
  citizenId!: string;

  @Field(() => ID, { description: 'The provider.' })
  providerId!: string;

  @Field(() => ID, { nullable: true, description: 'The accepted order this contract is based on.' })
  orderId?: string | null;

  @Field(() => ServiceType, { description: 'The service.' })
  serviceType!: ServiceType;

  @Field(() => DateScalar, { description: 'When the effort starts.' })
  startDate!: string;

  @Field(() => AssessmentTool, { description: 'VUM, ICS or OTHER.' })
  assessmentTool!: AssessmentTool;

  @Field(() => [String], { description: 'Keys of the chosen life themes (at least one), e.g. ["MENTAL_FUNCTIONS"].' })
  lifeThemeKeys!: string[];

  @Field(() => String, { description: 'The purpose of the effort.' })
  purpose!: string;

  @Field(() => String, { description: 'Why these goals were chosen.' })
  goalRationale!: string;

  @Field(() => [GoalDraftInput], { nullable: true, description: 'Up to 3 goals; more is a GOAL_LIMIT error.' })
  goals?: GoalDraftInput[] | null;

  @Field(() => [ReportingForm], { description: 'PROSE and/or NUMBERS (at least one).' })
  reportingForms!: ReportingForm[];

  @Field(() => [Participant], { nullable: true, description: 'Who is expected at follow-up meetings.' })
  participants?: Participant[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Next follow-up; defaults to the service type's interval from the start (none for floating support)." })
  nextFollowUpDate?: string | null;

  @Field(() => Price, { nullable: true, description: 'The price (takst).' })
  price?: Price | null;

  @Field(() => Int, { nullable: true, description: 'Notice period in days (0-365).' })
  noticePeriodDays?: number | null;

  @Field(() => String, { description: 'What counts as done (discharge criteria).' })
  dischargeCriteria!: string;
}

@InputType({ description: 'Changes to a contract; omitted fields stay as they are.' })
export class UpdateContractInput {
  @Field(() => ID, { description: 'The contract.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a VERSION_CONFLICT and changes nothing.' })
  expectedVersion!: number;

  @Field(() => ServiceType, { nullable: true, description: 'The service (drafts only).' })
  serviceType?: ServiceType | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the effort starts (drafts only).' })
  startDate?: string | null;

  @Field(() => AssessmentTool, { nullable: true, description: 'VUM, ICS or OTHER.' })
  assessmentTool?: AssessmentTool | null;

  @Field(() => [String], { nullable: true, description: "Keys of the chosen life themes; every goal's theme must stay among them." })
  lifeThemeKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The purpose of the effort.' })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'Why these goals were chosen.' })
  goalRationale?: string | null;

  @Field(() => [ReportingForm], { nullable: true, description: 'PROSE and/or NUMBERS.' })
  reportingForms?: ReportingForm[] | null;

  @Field(() => [Participant], { nullable: true, description: 'Who is expected at follow-up meetings.' })
  participants?: Participant[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Next follow-up.' })
  nextFollowUpDate?: string | null;

  @Field(() => Price, { nullable: true, description: 'The price (takst).' })
  price?: Price | null;

  @Field(() => Int, { nullable: true, description: 'Notice period in days (0-365).' })
  noticePeriodDays?: number | null;

  @Field(() => String, { nullable: true, description: 'What counts as done.' })
  dischargeCriteria?: string | null;
}

@InputType({ description: 'A signature by the buyer (authority caseworker) or the seller (provider).' })
export class SignContractInput {
  @Field(() => ID, { description: 'The contract.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => SignatureParty, { description: "BUYER (the authority) or SELLER (the provider); must match the signer's organisation." })
  party!: SignatureParty;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the signature; defaults to today.' })
  signedOn?: string | null;
}

@InputType({ description: 'Termination (opsigelse) of an active contract with its notice period.' })
export class TerminateContractInput {
  @Field(() => ID, { description: 'The contract.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why the contract is terminated.' })
  reason!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When notice is given; defaults to today. The effort ends after the notice period.' })
  noticeGivenOn?: string | null;
}

@InputType({ description: 'Marks the current contract version as sent to the citizen.' })
export class MarkContractSentInput {
  @Field(() => ID, { description: 'The contract.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;
}
