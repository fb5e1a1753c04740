import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../graphql/scalars.js';
import type { ErasureStatus } from './citizen-erasure.service.js';

/*
 * What an administrator needs to know before anonymising a citizen (eraseCitizen): whether it may be done today,
 * and if not, why and from when. Computed by the same rule eraseCitizen enforces (citizen-erasure.service.ts).
 */

@ObjectType('CitizenErasureStatus', {
  description: "Whether and from when a citizen's personal data may be anonymised with eraseCitizen (GDPR erasure after the retention period).",
})
export class CitizenErasureStatus implements ErasureStatus {
  @Field(() => DateScalar, {
    description: "The date of the case's last activity (Danish calendar): the latest of the citizen's creation, contracts and their end dates, orders, meetings, status notes, consents, form responses and measurements. The retention period runs from it.",
  })
  lastActivityOn!: string;

  @Field(() => DateScalar, {
    description: 'The first date the data may be anonymised: lastActivityOn plus the retention period (TREKLANG_CASE_RETENTION_YEARS, default 5 years). The case must also be closed.',
  })
  erasableFrom!: string;

  @Field(() => Boolean, {
    description: 'True while the case is open: a contract is a draft or active (or terminated and not yet ended), or an order awaits an answer. An open case cannot be anonymised.',
  })
  caseOpen!: boolean;

  @Field(() => Boolean, { description: "True when the citizen's data have already been anonymised." })
  erased!: boolean;

  @Field(() => Boolean, {
    description: 'True when eraseCitizen would anonymise the citizen today: not yet anonymised, the case is closed and erasableFrom has come.',
  })
  erasable!: boolean;
}
