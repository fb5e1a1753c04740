import type { Prng } from '../../seed/prng.js';
import { FIRST_NAMES, LAST_NAMES, MUNICIPALITIES, PLACE_WORDS, PROVIDER_KINDS, REGIONS, TOWNS, type Region } from './danish-names.js';
import { TABLES, type Row, type RowSink } from './tables.js';
import { WeightedPicker } from './weighted.js';
import { uuid } from './fast.js';

export type ProviderCategory = keyof typeof PROVIDER_KINDS;

export interface AuthorityPlan {
  id: string;
  code: string;
  name: string;
  region: Region;
  weight: number;
  caseworkerId: string;
  managerId: string;
}

export interface ProviderPlan {
  id: string;
  name: string;
  region: Region;
  category: ProviderCategory;
  /** How well its citizens tend to progress: added to the drift per quarter. */
  effect: number;
  staffId: string;
  managerId: string;
}

export interface OrganizationsPlan {
  authorities: AuthorityPlan[];
  providers: ProviderPlan[];
  pickAuthority(prng: Prng): AuthorityPlan;
  /** A provider of the category: mostly one in the authority's region, weighted by size. */
  pickProvider(prng: Prng, category: ProviderCategory, region: Region): ProviderPlan;
}

const CREATED = '2020-01-02T08:00:00.000Z';
const CATEGORY_SHARES: [ProviderCategory, number][] = [['RESIDENTIAL', 0.45], ['FLOATING_SUPPORT', 0.3], ['DAY_OFFER', 0.25]];
/** Share of contracts placed with a provider in the authority's own region. */
const LOCAL_SHARE = 0.75;

function providerName(prng: Prng, category: ProviderCategory, region: Region, taken: Set<string>): string {
  for (;;) {
    const name = `${prng.pick(PROVIDER_KINDS[category])} ${prng.pick(PLACE_WORDS)}, ${prng.pick(TOWNS[region])}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** The 98 authorities and `providerCount` providers with two users each, deterministic for the seed. */
export function planOrganizations(prng: Prng, providerCount: number): OrganizationsPlan {
  const authorities: AuthorityPlan[] = MUNICIPALITIES.map((m) => ({
    id: uuid(prng), code: m.code, name: m.name, region: m.region, weight: m.populationThousands, caseworkerId: uuid(prng), managerId: uuid(prng),
  }));
  const regionWeight = new Map(REGIONS.map((r) => [r, authorities.filter((a) => a.region === r).reduce((sum, a) => sum + a.weight, 0)]));
  const regionPicker = new WeightedPicker(REGIONS, (r) => regionWeight.get(r)!);
  const categoryPicker = new WeightedPicker(CATEGORY_SHARES, ([, share]) => share);
  const names = new Set<string>();
  const providers: ProviderPlan[] = Array.from({ length: providerCount }, () => {
    const region = regionPicker.pick(prng);
    const [category] = categoryPicker.pick(prng);
    return {
      id: uuid(prng), name: providerName(prng, category, region, names), region, category,
      effect: Math.round((prng.next() - 0.5) * 0.3 * 1000) / 1000, staffId: uuid(prng), managerId: uuid(prng),
    };
  });
  // Sizes follow a long tail: a few large providers and many small ones.
  const size = new Map(providers.map((p, rank) => [p.id, 1 / (rank + 1) ** 0.7]));
  const pickers = new Map<string, WeightedPicker<ProviderPlan>>();
  const pickerFor = (category: ProviderCategory, region: Region | 'ALL'): WeightedPicker<ProviderPlan> => {
    const key = `${category}:${region}`;
    let picker = pickers.get(key);
    if (!picker) {
      let candidates = providers.filter((p) => p.category === category && (region === 'ALL' || p.region === region));
      if (candidates.length === 0) candidates = providers.filter((p) => p.category === category);
      picker = new WeightedPicker(candidates, (p) => size.get(p.id)!);
      pickers.set(key, picker);
    }
    return picker;
  };
  const authorityPicker = new WeightedPicker(authorities, (a) => a.weight);
  return {
    authorities,
    providers,
    pickAuthority: (p) => authorityPicker.pick(p),
    pickProvider: (p, category, region) => pickerFor(category, p.chance(LOCAL_SHARE) ? region : 'ALL').pick(p),
  };
}

function personName(prng: Prng): string {
  return `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
}

/** Writes the organisations and their users: a caseworker and a manager per authority, staff and a manager per provider. */
export async function writeOrganizations(sink: RowSink, plan: OrganizationsPlan, prng: Prng): Promise<{ organizations: number; users: number }> {
  const organizations: Row[] = [
    ...plan.authorities.map((a): Row => [a.id, a.name, 'AUTHORITY', a.code, CREATED]),
    ...plan.providers.map((p): Row => [p.id, p.name, 'PROVIDER', null, CREATED]),
  ];
  const users: Row[] = [];
  for (const a of plan.authorities) {
    users.push([a.caseworkerId, personName(prng), `sagsbehandler.${a.code}@kommune.bench`, 'CASEWORKER', a.id, CREATED]);
    users.push([a.managerId, personName(prng), `leder.${a.code}@kommune.bench`, 'MANAGER', a.id, CREATED]);
  }
  plan.providers.forEach((p, index) => {
    const code = String(index + 1).padStart(3, '0');
    users.push([p.staffId, personName(prng), `medarbejder.${code}@leverandoer.bench`, 'PROVIDER_STAFF', p.id, CREATED]);
    users.push([p.managerId, personName(prng), `leder.${code}@leverandoer.bench`, 'PROVIDER_MANAGER', p.id, CREATED]);
  });
  await sink.insert(TABLES.organization, organizations);
  await sink.insert(TABLES.appUser, users);
  await sink.flush();
  return { organizations: organizations.length, users: users.length };
}
