import { Field, InputType, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums.js';
import { ConnectionType } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { User } from './user.entity.js';

@ObjectType({ description: "A user of the administrator's organisation with the state of their login." })
export class UserAccount {
  @Field(() => User, { description: 'The user.' })
  user: User;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Until when the user, or one of the API tokens whose service account the user is, is locked out after repeated failed logins (from the address they came from; the latest such lock); null when not locked now. `unlockUser` lifts every lock.',
  })
  lockedUntil: string | null;

  constructor(user: User, lockedUntil: string | null) {
    this.user = user;
    this.lockedUntil = lockedUntil;
  }
}

export const UserAccountConnection = ConnectionType(UserAccount, 'UserAccount');

@InputType({ description: 'Narrows the list of users; all given conditions must hold.' })
export class UserAccountFilter {
  @Field(() => Role, { nullable: true, description: 'Users with this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only users locked out now; false: only users not locked out.' })
  locked?: boolean | null;
}
