import { registerEnumType } from 'type-graphql';

/** The provider manager's answer to an order. */
export enum OrderDecision {
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(OrderDecision, {
  name: 'OrderDecision',
  description: "The provider manager's decision on an order: ACCEPTED (the basis of a contract) or DECLINED (a reason is required).",
});
