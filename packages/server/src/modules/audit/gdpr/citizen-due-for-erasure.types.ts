import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../graphql/connection.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import type { ErasureStatus } from './citizen-erasure.service.js';

@ObjectType('CitizenDueForErasure', {
  description:
    "A citizen whose personal data may be anonymised with eraseCitizen today: the case is closed, its last activity lies more than the retention period back, and the data are not yet anonymised (the rule of citizenErasure and eraseCitizen).",
})
export class CitizenDueForErasure {
  @Field(() => Citizen, { description: 'The citizen; anonymise them on the citizen page or with eraseCitizen.' })
  citizen: Citizen;

  @Field(() => DateScalar, { description: "The date of the case's last activity (Danish calendar), as in CitizenErasureStatus.lastActivityOn." })
  lastActivityOn: string;

  @Field(() => DateScalar, { description: 'The first date the data could be anonymised: lastActivityOn plus the retention period (TREKLANG_CASE_RETENTION_YEARS, default 5 years).' })
  erasableFrom: string;

  constructor(citizen: Citizen, status: Pick<ErasureStatus, 'lastActivityOn' | 'erasableFrom'>) {
    this.citizen = citizen;
    this.lastActivityOn = status.lastActivityOn;
    this.erasableFrom = status.erasableFrom;
  }
}

export const CitizenDueForErasureConnection = ConnectionType(CitizenDueForErasure, 'CitizenDueForErasure');
