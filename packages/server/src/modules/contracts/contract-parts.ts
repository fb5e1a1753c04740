import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { PriceUnit, SignatureParty } from './contract.enums.js';

@ObjectType('Participant', { description: 'Someone expected at follow-up meetings.' })
@InputType('ParticipantInput', { description: 'Someone expected at follow-up meetings.' })
export class Participant {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Role, e.g. "borger", "værge", "kontaktperson", "rådgiver".' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Organisation or relation to the citizen.' })
  organization?: string | null;
}

@ObjectType('Signature', { description: 'A signature of the contract by the buyer (authority) or the seller (provider).' })
export class Signature {
  @Field(() => SignatureParty, { description: 'BUYER or SELLER.' })
  party!: SignatureParty;

  @Field(() => String, { description: 'Name of the person who signed.' })
  name!: string;

  @Field(() => DateScalar, { description: 'The date of the signature.' })
  signedOn!: string;
}

@ObjectType('Price', { description: 'The price (takst) of the effort.' })
@InputType('PriceInput', { description: 'The price (takst) of the effort.' })
export class Price {
  @Field(() => Float, { description: 'Amount in Danish kroner (DKK).' })
  amount!: number;

  @Field(() => PriceUnit, { description: 'What the amount is per.' })
  unit!: PriceUnit;
}
