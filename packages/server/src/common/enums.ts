import { GOAL_TYPE_KEYS, SCALE_KEYS, SERVICE_TYPE_KEYS, GOAL_TYPES, SCALES, SERVICE_TYPES } from '@treklang/schema';
import { registerEnumType } from 'type-graphql';

/** Turns a list of keys into a TypeScript enum-like object that type-graphql can register. */
function enumOf<K extends string>(keys: readonly K[]): { [P in K]: P } {
  return Object.fromEntries(keys.map((key) => [key, key])) as { [P in K]: P };
}

export const OrganizationKind = enumOf(['AUTHORITY', 'PROVIDER'] as const);
export type OrganizationKind = keyof typeof OrganizationKind;
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'AUTHORITY: a municipality buying support (myndighed). PROVIDER: who delivers it (leverandør, udfører).',
});

export const Role = enumOf(['CASEWORKER', 'PROVIDER_STAFF', 'PROVIDER_MANAGER', 'MANAGER', 'ADMIN', 'INTEGRATOR'] as const);
export type Role = keyof typeof Role;
registerEnumType(Role, {
  name: 'Role',
  description: "A user's role; together with the organisation it decides what the user may see and do.",
  valuesConfig: {
    CASEWORKER: { description: 'Rådgiver/sagsbehandler at an authority.' },
    PROVIDER_STAFF: { description: "Udfører: staff at a provider working with the citizen." },
    PROVIDER_MANAGER: { description: 'Afdelingsleder at a provider: accepts orders.' },
    MANAGER: { description: 'Leder: reads aggregated progression, never personal data.' },
    ADMIN: { description: "Administers the organisation's users." },
    INTEGRATOR: { description: 'Another system using the API.' },
  },
});

export const ServiceType = enumOf(SERVICE_TYPE_KEYS);
export type ServiceType = keyof typeof ServiceType;
registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'The service under the Social Services Act (SEL); it sets the default follow-up interval.',
  valuesConfig: Object.fromEntries(
    SERVICE_TYPE_KEYS.map((key) => [key, { description: `${SERVICE_TYPES[key].paragraph}: ${SERVICE_TYPES[key].name.da}` }]),
  ),
});

export const GoalType = enumOf(GOAL_TYPE_KEYS);
export type GoalType = keyof typeof GoalType;
registerEnumType(GoalType, {
  name: 'GoalType',
  description: 'Måltype (FFB): what the goal expects of the functioning.',
  valuesConfig: Object.fromEntries(GOAL_TYPE_KEYS.map((key) => [key, { description: GOAL_TYPES[key].name.da }])),
});

export const Scale = enumOf(SCALE_KEYS);
export type Scale = keyof typeof Scale;
registerEnumType(Scale, {
  name: 'Scale',
  description: 'Measurement scale. Progression compares readings on the same scale only.',
  valuesConfig: Object.fromEntries(SCALE_KEYS.map((key) => [key, { description: SCALES[key].name.en }])),
});
