import { danishToday } from '@treklang/schema';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../graphql/context.js';
import type { Contract } from '../modules/contracts/contract.entity.js';
import { Contract as ContractEntity } from '../modules/contracts/contract.entity.js';
import { ConsentShare } from '../modules/consents/consent-share.entity.js';
import { Consent } from '../modules/consents/consent.entity.js';
import { apiScopeRefusal, effectiveScope, isDelivering, isOpenToProvider } from './policy-scope.js';
import type { InfoKind, TypePolicy } from './policy-types.js';
import type { Viewer } from './viewer.js';

/*
 * The decision behind every check of the policy table: may this viewer see this kind of information of this
 * case? Authority-side checks are pure; a provider's need its contracts and the consents of the citizen, loaded
 * through the request's DataLoaders (one batched query per kind of row, never one per field) and cached here for
 * the request. A new request starts from nothing, so a revoked consent counts from the next request on.
 */

export type MaybePromise<T> = T | Promise<T>;

export const andThen = <T, U>(value: MaybePromise<T>, next: (value: T) => MaybePromise<U>): MaybePromise<U> =>
  value instanceof Promise ? value.then(next) : next(value);

/** Where an object belongs, as far as the policy cares. */
export type Anchor =
  | { kind: 'CITIZEN'; citizenId: string; authorityId: string }
  | { kind: 'CONTRACT'; contract: Contract }
  | { kind: 'ORDER'; citizenId: string; authorityId: string; providerId: string }
  | { kind: 'ORGANIZATION'; organizationId: string }
  | { kind: 'ROOT_ONLY' };

export type Decision = { ok: true } | { ok: false; reason: string };

const OK: Decision = { ok: true };
const refused = (reason: string): Decision => ({ ok: false, reason });

const anchorKey = (anchor: Anchor): string => {
  switch (anchor.kind) {
    case 'CITIZEN':
    case 'ORDER':
      return `${anchor.kind}:${anchor.citizenId}:${anchor.kind === 'ORDER' ? anchor.providerId : ''}`;
    case 'CONTRACT':
      return `CONTRACT:${anchor.contract.rowId}`;
    case 'ORGANIZATION':
      return `ORG:${anchor.organizationId}`;
    default:
      return 'ROOT';
  }
};

/** The per-request state of the checks: the viewer, today, and what has been loaded and decided. */
export class CaseAccess {
  readonly viewer: Viewer;
  readonly organizationId: string;
  readonly isAuthority: boolean;
  private todayCache: string | null = null;
  private readonly delivering = new Map<string, MaybePromise<boolean>>();
  private readonly shared = new Map<string, MaybePromise<ReadonlySet<string>>>();
  private readonly decisions = new Map<string, MaybePromise<Decision>>();
  /** Rows by type name, then row ID. */
  private readonly rows = new Map<string, Map<string, object>>();

  constructor(private readonly ctx: Context) {
    this.viewer = ctx.viewer;
    this.organizationId = ctx.viewer.organization.rowId;
    this.isAuthority = ctx.viewer.organization.kind === 'AUTHORITY';
  }

  /** Today in Denmark, taken once per request when a rule first needs it. */
  get today(): string {
    this.todayCache ??= danishToday();
    return this.todayCache;
  }

  /** Forgets everything loaded (after a write in the same request). */
  reset(): void {
    this.rows.clear();
    this.delivering.clear();
    this.shared.clear();
    this.decisions.clear();
  }

  /** Keeps a row the checks may need again (e.g. the contract of the goals read next), without a query. */
  remember(typeName: string, row: { rowId: string }): void {
    let ofType = this.rows.get(typeName);
    if (!ofType) {
      ofType = new Map();
      this.rows.set(typeName, ofType);
    }
    ofType.set(row.rowId, row);
  }

  /** A row by ID: from what this request already read, or through the request's DataLoader (batched). */
  rowOf<T extends ObjectLiteral & { rowId: string }>(entity: EntityTarget<T>, typeName: string, rowId: string): MaybePromise<T | null> {
    const hit = this.rows.get(typeName)?.get(rowId) as T | undefined;
    if (hit) return hit;
    return this.ctx.loaders
      .byId(entity)
      .load(rowId)
      .then((row) => {
        if (row) this.remember(typeName, row);
        return row;
      });
  }

  /**
   * May the viewer see `kind` of the object anchored at `anchor`, under `policy`? Decided from the viewer and the
   * anchor alone where it can be (no lookup, nothing to cache); a provider's active contract and consents are loaded
   * once per anchor and kind.
   */
  decide(policy: TypePolicy, anchor: Anchor, kind: InfoKind): MaybePromise<Decision> {
    const tokenRefusal = apiScopeRefusal(this.viewer, policy.apiScope);
    if (tokenRefusal) return refused(tokenRefusal);
    const scope = effectiveScope(this.viewer, policy.roles);
    if (anchor.kind === 'ROOT_ONLY') return scope === 'NONE' ? refused('ROLE') : OK;
    switch (scope) {
      case 'ANY':
        return OK;
      case 'OWN_ORGANIZATION':
        return anchor.kind === 'ORGANIZATION' && anchor.organizationId === this.organizationId ? OK : refused('OTHER_ORGANIZATION');
      case 'OWN_AUTHORITY':
        return this.isAuthority && this.authorityOf(anchor) === this.organizationId ? OK : refused('OTHER_AUTHORITY');
      case 'OWN_PROVIDER':
        if (this.isAuthority || !this.isParty(anchor)) return refused('NOT_A_PARTY');
        return kind === 'CASE' ? OK : this.throughActiveContract(anchor, kind);
      case 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT':
        if (this.isAuthority) return refused('NOT_A_PROVIDER');
        return this.throughActiveContract(anchor, kind);
      default:
        return refused(scope === 'AGGREGATES_ONLY' ? 'AGGREGATES_ONLY' : 'ROLE');
    }
  }

  private authorityOf(anchor: Anchor): string | null {
    if (anchor.kind === 'CONTRACT') return anchor.contract.authorityId;
    return anchor.kind === 'CITIZEN' || anchor.kind === 'ORDER' ? anchor.authorityId : null;
  }

  private isParty(anchor: Anchor): boolean {
    if (anchor.kind === 'CONTRACT') return anchor.contract.providerId === this.organizationId;
    if (anchor.kind === 'ORDER') return anchor.providerId === this.organizationId;
    return anchor.kind === 'CITIZEN';
  }

  private throughActiveContract(anchor: Anchor, kind: InfoKind): MaybePromise<Decision> {
    const key = `${anchorKey(anchor)}|${kind}`;
    let decision = this.decisions.get(key);
    if (decision === undefined) {
      decision = this.activeContractDecision(anchor, kind);
      this.decisions.set(key, decision);
      if (decision instanceof Promise) void decision.then((settled) => this.decisions.set(key, settled));
    }
    return decision;
  }

  private activeContractDecision(anchor: Anchor, kind: InfoKind): MaybePromise<Decision> {
    let citizenId: string;
    let active: MaybePromise<boolean>;
    if (anchor.kind === 'CONTRACT') {
      citizenId = anchor.contract.citizenId;
      active = anchor.contract.providerId === this.organizationId && isOpenToProvider(anchor.contract, this.today);
    } else if (anchor.kind === 'CITIZEN' || (anchor.kind === 'ORDER' && anchor.providerId === this.organizationId)) {
      citizenId = anchor.citizenId;
      active = this.hasActiveContract(citizenId);
    } else {
      return refused('NOT_A_PARTY');
    }
    return andThen(active, (isActive) => {
      if (!isActive) return refused('NO_ACTIVE_CONTRACT');
      if (kind === 'CASE') return OK;
      return andThen(this.sharedKinds(citizenId), (kinds) => (kinds.has(kind) ? OK : refused(`NO_CONSENT:${kind}`)));
    });
  }

  /** Does the viewer's provider have an active contract for the citizen? */
  hasActiveContract(citizenId: string): MaybePromise<boolean> {
    let known = this.delivering.get(citizenId);
    if (known === undefined) {
      known = this.ctx.loaders
        .manyBy(ContractEntity, 'citizenId')
        .load(citizenId)
        .then((contracts) => contracts.some((c) => c.providerId === this.organizationId && isDelivering(c, this.today)));
      this.delivering.set(citizenId, known);
      void known.then((value) => this.delivering.set(citizenId, value));
    }
    return known;
  }

  /** The kinds of information consents in force let the citizen's authority share with the viewer's organisation. */
  sharedKinds(citizenId: string): MaybePromise<ReadonlySet<string>> {
    let known = this.shared.get(citizenId);
    if (known === undefined) {
      known = Promise.all([
        this.ctx.loaders.manyBy(ConsentShare, 'citizenId').load(citizenId),
        this.ctx.loaders.manyBy(Consent, 'citizenId', 'givenAt').load(citizenId),
      ]).then(([shares, consents]) => {
        const inForce = new Set(consents.filter((c) => c.revokedAt === null).map((c) => c.rowId));
        return new Set(shares.filter((s) => s.organizationId === this.organizationId && inForce.has(s.consentId)).map((s) => s.category as string));
      });
      this.shared.set(citizenId, known);
      void known.then((value) => this.shared.set(citizenId, value));
    }
    return known;
  }
}

const CASE_ACCESS = Symbol('caseAccess');

/**
 * The request's CaseAccess (one per GraphQL context object), kept on the context itself, not enumerable, so a context
 * copied with spread starts afresh. Not in a module-level WeakMap: that map's table lives in the old generation, and
 * its entries kept every request's CaseAccess, and through it the request's rows, alive through young-generation
 * collections until the next full one (docs/benchmarks.md, "Request data held past the request").
 */
export function caseAccessOf(ctx: Context): CaseAccess {
  const holder = ctx as Context & { [CASE_ACCESS]?: CaseAccess };
  let state = holder[CASE_ACCESS];
  if (!state) {
    state = new CaseAccess(ctx);
    Object.defineProperty(holder, CASE_ACCESS, { value: state });
  }
  return state;
}
