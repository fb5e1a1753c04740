import type { Texts } from '../../i18n/language.js';

export interface UsersTexts {
  title: string;
  intro: string;
  forbidden: string;
  forbiddenText: string;
  filters: string;
  role: string;
  allRoles: string;
  lockedOnly: string;
  show: string;
  caption: (lockedOnly: boolean) => string;
  name: string;
  email: string;
  status: string;
  actions: string;
  lockedUntil: (until: string) => string;
  canLogIn: string;
  unlock: string;
  unlockLabel: (name: string) => string;
  unlocked: (name: string) => string;
  wasNotLocked: (name: string) => string;
  auditLog: string;
  auditLogLabel: (name: string) => string;
  newUser: string;
  newUserIntro: string;
  nameRequired: string;
  emailInvalid: string;
  roleRequired: string;
  chooseRole: string;
  create: string;
  created: (name: string) => string;
}

export const USERS_TEXTS: Texts<UsersTexts> = {
  da: {
    title: 'Brugere',
    forbidden: 'Ingen adgang',
    forbiddenText: 'Kun organisationens administratorer kan se brugerne og låse dem op.',
    intro:
      'Organisationens brugere og integrationer. Efter 5 mislykkede login fra samme netværksadresse låses brugeren ude i 15 minutter fra den adresse; låser du op, kan brugeren logge ind med det samme.',
    filters: 'Vis brugere',
    role: 'Rolle',
    allRoles: 'Alle roller',
    lockedOnly: 'Kun brugere, der er låst ude',
    show: 'Vis',
    caption: (lockedOnly) => (lockedOnly ? 'Brugere, der er låst ude' : 'Organisationens brugere'),
    name: 'Navn',
    email: 'E-mail',
    status: 'Login',
    actions: 'Handlinger',
    lockedUntil: (until) => `Låst ude til ${until}`,
    canLogIn: 'Kan logge ind',
    unlock: 'Lås op',
    unlockLabel: (name) => `Lås op: ${name}`,
    unlocked: (name) => `${name} er låst op og kan logge ind igen.`,
    wasNotLocked: (name) => `${name} var ikke låst ude.`,
    auditLog: 'Se log',
    auditLogLabel: (name) => `Se log for ${name}`,
    newUser: 'Opret bruger',
    newUserIntro: 'Brugeren logger ind med sin e-mailadresse hos kommunens login.',
    nameRequired: 'Skriv brugerens navn.',
    emailInvalid: 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
    roleRequired: 'Vælg en rolle.',
    chooseRole: 'Vælg rolle',
    create: 'Opret bruger',
    created: (name) => `${name} er oprettet.`,
  },
  en: {
    title: 'Users',
    forbidden: 'No access',
    forbiddenText: "Only the organisation's administrators can see its users and unlock them.",
    intro:
      "The organisation's users and integrations. After 5 failed logins from one network address a user is locked out from that address for 15 minutes; when you unlock them, they can log in at once.",
    filters: 'Show users',
    role: 'Role',
    allRoles: 'All roles',
    lockedOnly: 'Only users who are locked out',
    show: 'Show',
    caption: (lockedOnly) => (lockedOnly ? 'Users who are locked out' : "The organisation's users"),
    name: 'Name',
    email: 'E-mail',
    status: 'Login',
    actions: 'Actions',
    lockedUntil: (until) => `Locked out until ${until}`,
    canLogIn: 'Can log in',
    unlock: 'Unlock',
    unlockLabel: (name) => `Unlock: ${name}`,
    unlocked: (name) => `${name} is unlocked and can log in again.`,
    wasNotLocked: (name) => `${name} was not locked out.`,
    auditLog: 'See log',
    auditLogLabel: (name) => `See the log for ${name}`,
    newUser: 'Create user',
    newUserIntro: "The user logs in with their e-mail address at the municipality's login.",
    nameRequired: "Write the user's name.",
    emailInvalid: 'Write a valid e-mail address, e.g. name@municipality.dk.',
    roleRequired: 'Choose a role.',
    chooseRole: 'Choose role',
    create: 'Create user',
    created: (name) => `${name} has been created.`,
  },
};
