import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BoolColumn, CreatedAtColumn, DateColumn, IdColumn, IntColumn, JsonColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { ServiceType } from '../../common/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
import { AssessmentTool, ContractStatus, PriceUnit, ReportingForm } from './contract.enums.js';
import { Participant, Price, Signature } from './contract-parts.js';

@Entity('contract')
@ObjectType('Contract', {
  implements: Node,
  description: 'The contract (kontrakt) between an authority and a provider about the support for one citizen. Versioned: every follow-up makes a new version to send to the citizen.',
})
export class Contract implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('Contract', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency: pass it as `expectedVersion` when updating.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @Field(() => Int, { description: 'Number of the current contract document version (1 after activation, +1 after each completed follow-up; 0 while a draft).' })
  @IntColumn('document_version', { default: 0 })
  documentVersion!: number;

  @RefColumn('order_id', { nullable: true })
  orderId!: string | null;

  @RefColumn('citizen_id')
  citizenId!: string;

  @RefColumn('authority_id')
  authorityId!: string;

  @RefColumn('provider_id')
  providerId!: string;

  @Field(() => ServiceType, { description: 'The service under the Social Services Act.' })
  @VarcharColumn('service_type', 20)
  serviceType!: ServiceType;

  @Field(() => ContractStatus, { description: 'DRAFT, ACTIVE, TERMINATED or ENDED.' })
  @VarcharColumn('status', 20)
  status!: ContractStatus;

  @Field(() => DateScalar, { description: 'When the effort starts.' })
  @DateColumn('start_date')
  startDate!: string;

  @Field(() => AssessmentTool, { description: 'The assessment tool the life themes come from.' })
  @VarcharColumn('assessment_tool', 10)
  assessmentTool!: AssessmentTool;

  /** Keys of the chosen life themes; resolved to LifeTheme objects. */
  @JsonColumn('life_theme_keys')
  lifeThemeKeys!: string[];

  @Field(() => String, { description: 'The purpose (formål) of the effort.' })
  @TextColumn('purpose')
  purpose!: string;

  @Field(() => String, { description: 'Why these goals were chosen.' })
  @TextColumn('goal_rationale')
  goalRationale!: string;

  @Field(() => [ReportingForm], { description: 'How progress is reported before follow-up: PROSE and/or NUMBERS.' })
  @JsonColumn('reporting_forms')
  reportingForms!: ReportingForm[];

  @Field(() => [Participant], { description: 'Who is expected at follow-up meetings.' })
  @JsonColumn('participants')
  participants!: Participant[];

  @Field(() => DateScalar, { nullable: true, description: 'Date of the next follow-up; null for floating support followed up as needed.' })
  @DateColumn('next_follow_up_date', { nullable: true })
  nextFollowUpDate!: string | null;

  @Column('double precision', { name: 'price_amount', nullable: true })
  priceAmount!: number | null;

  @VarcharColumn('price_unit', 20, { nullable: true })
  priceUnit!: PriceUnit | null;

  @Field(() => Int, { nullable: true, description: 'Notice period (opsigelsesvarsel) in days.' })
  @IntColumn('notice_period_days', { nullable: true })
  noticePeriodDays!: number | null;

  @Field(() => String, { description: 'What counts as done: the discharge criteria (udskrivningskriterier).' })
  @TextColumn('discharge_criteria')
  dischargeCriteria!: string;

  @Field(() => [Signature], { description: 'Signatures by buyer and seller with dates.' })
  @JsonColumn('signatures')
  signatures!: Signature[];

  @Field(() => Boolean, { description: 'True when the current version has not yet been sent to the citizen.' })
  @BoolColumn('to_be_sent_to_citizen')
  toBeSentToCitizen!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the effort after termination or ending.' })
  @DateColumn('end_date', { nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the contract was terminated.' })
  @TextColumn('termination_reason', { nullable: true })
  terminationReason!: string | null;

  @CreatedAtColumn()
  createdAt!: string;

  @Field(() => Price, { nullable: true, description: 'The price (takst).' })
  get price(): Price | null {
    return this.priceAmount === null || this.priceUnit === null ? null : { amount: this.priceAmount, unit: this.priceUnit };
  }
}
