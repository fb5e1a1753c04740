import { addDays, addMonths, parseCpr, SERVICE_TYPES, type IsoDate, type ServiceTypeKey } from '@treklang/schema';
import type { Role } from '../common/enums.js';
import { Citizen } from '../modules/citizens/citizen.entity.js';
import { CONSENT_CATEGORIES } from '../modules/consents/consent-category.js';
import { ConsentShare } from '../modules/consents/consent-share.entity.js';
import { Consent } from '../modules/consents/consent.entity.js';
import { OrderStatus } from '../modules/orders/order.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { User } from '../modules/users/user.entity.js';
import { buildCase, buildOrder, type CaseParties } from './demo-case.js';
import type { DemoContext, DemoData } from './demo-model.js';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, RELATIVE_NAMES } from './demo-names.js';
import { DEMO_AUTHORITIES, DEMO_PROVIDERS, DEMO_USERS, type DemoAuthority, type DemoOrganizationKey, type DemoProviderKey } from './demo-organizations.js';
import { SCENARIOS } from './demo-scenarios.js';
import { CONSENT_EXCLUDED, CONSENT_PARTIES, CONSENT_SCOPE } from './demo-texts.js';
import { at, inThePast } from './demo-time.js';
import { createPrng, type Prng } from './prng.js';

/** The seed of the demo data: the same seed and "today" give the same rows. */
export const DEMO_SEED = 20_260_101;

export type { DemoData, DemoVersion } from './demo-model.js';

/**
 * The whole demo data set as entity objects, computed from "today" and a seed without touching a database:
 * 4 authorities, 5 providers, a user for every role, about 40 citizens with orders, contracts in every status,
 * goals, sub-goals, two years of quarterly readings, meetings held and upcoming, status notes, change notices and
 * consents. Dates are relative to `today`, so deadlines are due and overdue whenever the demo is started.
 */
export function generateDemoData(today: IsoDate, seed = DEMO_SEED): DemoData {
  const rng = createPrng(seed);
  const data: DemoData = {
    today, organizations: [], users: [], citizens: [], consents: [], consentShares: [], orders: [], contracts: [], goals: [], subGoals: [],
    meetings: [], statusNotes: [], goalStatuses: [], measurements: [], changeNotices: [], versions: [],
  };
  const founded = at(addMonths(today, -36), 8);
  const organizations = new Map<DemoOrganizationKey, Organization>();
  for (const org of [...DEMO_AUTHORITIES.map((a) => ({ ...a, kind: 'AUTHORITY' as const })), ...DEMO_PROVIDERS.map((p) => ({ ...p, kind: 'PROVIDER' as const, municipalityCode: null }))]) {
    const row = Object.assign(new Organization(), { rowId: rng.uuid(), name: org.name, kind: org.kind, municipalityCode: org.municipalityCode, createdAt: founded });
    organizations.set(org.key, row);
    data.organizations.push(row);
  }
  for (const user of DEMO_USERS) {
    data.users.push(Object.assign(new User(), { rowId: rng.uuid(), name: user.name, email: user.email, role: user.role, organizationId: organizations.get(user.organization)!.rowId, createdAt: founded }));
  }
  const ctx: DemoContext = {
    rng,
    today,
    data,
    organization: (key) => organizations.get(key)!,
    user: (key: DemoOrganizationKey, role: Role) => {
      const organizationId = organizations.get(key)!.rowId;
      const user = data.users.find((u) => u.organizationId === organizationId && u.role === role);
      if (!user) throw new Error(`No demo ${role} at ${key}`);
      return user;
    },
  };

  const people = new People(rng, today);
  let citizenIndex = 0;
  let caseNumber = 0;
  for (const authority of DEMO_AUTHORITIES) {
    for (let n = 0; n < authority.citizens; n += 1, citizenIndex += 1) {
      const scenario = SCENARIOS[citizenIndex % SCENARIOS.length];
      const citizen = people.citizen(authority, organizations.get(authority.key)!.rowId);
      data.citizens.push(citizen);
      const jitter = rng.int(-3, 3);
      const parties = (provider: DemoProviderKey): CaseParties => ({ citizen, authority: authority.key, provider, jitter });
      const residential = citizenIndex % 2 === 0 ? 'LINDELY' : 'EGEBAKKEN';
      if (scenario.declinedOrder) {
        buildOrder(ctx, parties(providerFor(scenario.declinedOrder.service, residential)), { ...scenario.declinedOrder, sentDay: scenario.declinedOrder.sentDay + jitter }, OrderStatus.DECLINED, []);
      }
      for (const spec of scenario.contracts) {
        const provider = providerFor(spec.service, scenario.declinedOrder ? otherResidential(residential) : residential);
        buildCase(ctx, parties(provider), spec, caseNumber);
        caseNumber += 1;
      }
      if (scenario.pendingOrder) {
        buildOrder(ctx, parties(providerFor(scenario.pendingOrder.service, residential)), { ...scenario.pendingOrder, sentDay: scenario.pendingOrder.sentDay + jitter }, OrderStatus.SENT, []);
      }
      const firstOrder = data.orders.filter((o) => o.citizenId === citizen.rowId).map((o) => o.sentAt).sort()[0];
      citizen.createdAt = at(inThePast(addDays(firstOrder.slice(0, 10), -rng.int(3, 20)), today), 9);
      grantConsents(ctx, citizen, authority.key, citizenIndex);
    }
  }
  return data;
}

function providerFor(service: ServiceTypeKey, residential: DemoProviderKey): DemoProviderKey {
  if (SERVICE_TYPES[service].category === 'RESIDENTIAL') return residential;
  return DEMO_PROVIDERS.find((p) => p.services.includes(service))!.key;
}

const otherResidential = (key: DemoProviderKey): DemoProviderKey => (key === 'LINDELY' ? 'EGEBAKKEN' : 'LINDELY');

/** Invented citizens: unique names, and unique CPR numbers that are real dates matching sex and age. */
class People {
  private readonly names = new Set<string>();
  private readonly cprs = new Set<string>();

  constructor(
    private readonly rng: Prng,
    private readonly today: IsoDate,
  ) {}

  citizen(authority: DemoAuthority, authorityId: string): Citizen {
    const { rng } = this;
    const male = rng.chance(0.5);
    let name: string;
    do name = `${rng.pick(male ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    while (this.names.has(name));
    this.names.add(name);
    const { cpr, birthDate } = this.cpr(male);
    return Object.assign(new Citizen(), {
      rowId: rng.uuid(),
      version: 1,
      name,
      cpr,
      birthDate,
      address: `${rng.pick(authority.streets)} ${rng.int(1, 140)}, ${authority.postcode} ${authority.town}`,
      // The 00 prefix is not in use in Denmark, so no real subscriber is called.
      phone: rng.chance(0.7) ? `+45 00 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}` : null,
      guardian: rng.chance(0.15) ? rng.pick(RELATIVE_NAMES) : null,
      supportPerson: rng.chance(0.15) ? rng.pick(RELATIVE_NAMES) : null,
      authorityId,
      // Set once the citizen's first order is known.
      createdAt: '',
    });
  }

  /**
   * A CPR number for an adult aged 20-67. The 7th digit is 4 or 9, which the CPR rules read as 1937-2036: every
   * demo birth year fits, and test factories (7th digit 0-3) never collide with the demo numbers.
   */
  private cpr(male: boolean): { cpr: string; birthDate: IsoDate } {
    const { rng } = this;
    for (;;) {
      const year = Number(this.today.slice(0, 4)) - rng.int(20, 67);
      const two = (n: number) => String(n).padStart(2, '0');
      const lastDigit = rng.int(0, 4) * 2 + (male ? 1 : 0);
      const candidate = `${two(rng.int(1, 28))}${two(rng.int(1, 12))}${two(year % 100)}-${rng.pick([4, 9])}${two(rng.int(0, 99))}${lastDigit}`;
      const parsed = parseCpr(candidate);
      if (!parsed.valid) throw new Error(`Demo CPR ${candidate} is not valid`);
      if (this.cprs.has(parsed.normalized)) continue;
      this.cprs.add(parsed.normalized);
      return { cpr: parsed.normalized, birthDate: parsed.birthDate };
    }
  }
}

/**
 * The citizen's consent (Sorø Bilag 6), given before the first order, naming the providers of the citizen's contracts
 * so that their staff see the case (auth/policy-table.ts). Now and then an earlier consent was revoked and a new one
 * given later.
 */
function grantConsents(ctx: DemoContext, citizen: Citizen, authority: DemoOrganizationKey, index: number): void {
  const { rng, today } = ctx;
  const givenOn = citizen.createdAt.slice(0, 10);
  const providers = [...new Set(ctx.data.contracts.filter((c) => c.citizenId === citizen.rowId).map((c) => c.providerId))];
  const revokedOn = index % 9 === 4 ? inThePast(addDays(today, -rng.int(5, 60)), today) : null;
  if (revokedOn && revokedOn > givenOn) {
    addConsent(ctx, citizen, authority, { givenOn, revokedOn, providers });
    addConsent(ctx, citizen, authority, { givenOn: revokedOn, revokedOn: null, providers });
  } else {
    addConsent(ctx, citizen, authority, { givenOn, revokedOn: null, providers });
  }
}

function addConsent(ctx: DemoContext, citizen: Citizen, authority: DemoOrganizationKey, spec: { givenOn: string; revokedOn: string | null; providers: string[] }): void {
  const { rng } = ctx;
  const consent = Object.assign(new Consent(), {
    rowId: rng.uuid(),
    citizenId: citizen.rowId,
    parties: rng.sample(CONSENT_PARTIES, rng.int(3, 6)),
    scope: rng.sample(CONSENT_SCOPE, rng.int(2, 4)),
    excluded: rng.sample(CONSENT_EXCLUDED, rng.int(0, 2)),
    givenAt: at(spec.givenOn, 10, rng.int(0, 59)),
    revokedAt: spec.revokedOn ? at(spec.revokedOn, 15) : null,
    recordedById: ctx.user(authority, 'CASEWORKER').rowId,
    createdAt: at(spec.givenOn, 10),
  });
  ctx.data.consents.push(consent);
  for (const organizationId of spec.providers) {
    for (const category of CONSENT_CATEGORIES) {
      ctx.data.consentShares.push(Object.assign(new ConsentShare(), { rowId: rng.uuid(), consentId: consent.rowId, citizenId: citizen.rowId, organizationId, category, createdAt: consent.createdAt }));
    }
  }
}
