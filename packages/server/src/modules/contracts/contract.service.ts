import { addDays, danishToday, findLifeTheme, LIMITS, nextRegularFollowUp } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isAdmin, isCaseworker, isProviderStaff } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { requiredText } from '../../common/validate.js';
import { claimVersion } from '../../common/version.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { findVisibleCitizen } from '../citizens/citizen.scope.js';
import { Goal } from '../goals/goal.entity.js';
import { GoalErrors } from '../goals/goal.errors.js';
import { buildGoal, countsTowardsLimit } from '../goals/goal.service.js';
import { Order, OrderStatus } from '../orders/order.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Participant, Price } from './contract-parts.js';
import { ContractVersion } from './contract-version.entity.js';
import { createContractVersion } from './contract-versions.service.js';
import { Contract } from './contract.entity.js';
import { ContractStatus, SignatureParty } from './contract.enums.js';
import { ContractErrors } from './contract.errors.js';
import { findVisibleContract } from './contract.scope.js';
import type { CreateContractInput, MarkContractSentInput, SignContractInput, TerminateContractInput, UpdateContractInput } from './dto/contract.input.js';

const MAX_PRICE = 100_000_000;

function assertCaseworkerOf(viewer: Viewer, authorityId: string): void {
  if (!(isCaseworker(viewer) || isAdmin(viewer)) || viewer.organization.rowId !== authorityId) throw ContractErrors.onlyCaseworker();
}

function lifeThemes(keys: string[]): string[] {
  if (keys.length === 0) throw ContractErrors.noLifeThemes();
  keys.forEach((key, index) => {
    if (!findLifeTheme(key)) throw GoalErrors.unknownTheme(['input', 'lifeThemeKeys', String(index)]);
  });
  return [...new Set(keys)];
}

function reportingForms<T>(forms: T[]): T[] {
  if (forms.length === 0) throw ContractErrors.noReportingForm();
  return [...new Set(forms)];
}

function participants(list: Participant[] | null | undefined): Participant[] {
  const items = list ?? [];
  if (items.length > LIMITS.maxListItems) throw CommonErrors.invalid(['input', 'participants'], { da: 'For mange deltagere.', en: 'Too many participants.' });
  return items.map((p, i) => ({
    name: requiredText(p.name, ['input', 'participants', String(i), 'name'], LIMITS.nameLength),
    role: requiredText(p.role, ['input', 'participants', String(i), 'role'], LIMITS.nameLength),
    organization: p.organization ? requiredText(p.organization, ['input', 'participants', String(i), 'organization'], LIMITS.nameLength) : null,
  }));
}

function price(value: Price | null | undefined): Pick<Contract, 'priceAmount' | 'priceUnit'> {
  if (!value) return { priceAmount: null, priceUnit: null };
  if (!Number.isFinite(value.amount) || value.amount < 0 || value.amount > MAX_PRICE) throw ContractErrors.badPrice();
  return { priceAmount: Math.round(value.amount * 100) / 100, priceUnit: value.unit };
}

function noticePeriod(days: number | null | undefined): number | null {
  if (days === null || days === undefined) return null;
  if (!Number.isInteger(days) || days < 0 || days > 365) throw ContractErrors.badNoticePeriod();
  return days;
}

async function checkOrder(tx: EntityManager, orderGlobalId: string | null | undefined, citizenId: string, providerId: string): Promise<string | null> {
  if (!orderGlobalId) return null;
  const orderRowId = rowIdOf(orderGlobalId, 'Order', ['input', 'orderId']);
  const order = await tx.getRepository(Order).findOneBy({ rowId: orderRowId });
  if (!order || order.status !== OrderStatus.ACCEPTED || order.citizenId !== citizenId || order.providerId !== providerId) throw ContractErrors.orderNotAccepted();
  return orderRowId;
}

export async function createContract(tx: EntityManager, viewer: Viewer, input: CreateContractInput): Promise<Contract> {
  if (!(isCaseworker(viewer) || isAdmin(viewer)) || viewer.organization.kind !== 'AUTHORITY') throw ContractErrors.onlyCaseworker();
  const citizenRowId = rowIdOf(input.citizenId, 'Citizen', ['input', 'citizenId']);
  const providerRowId = rowIdOf(input.providerId, 'Organization', ['input', 'providerId']);
  const citizen = await findVisibleCitizen(tx, viewer, citizenRowId);
  if (!citizen || citizen.authorityId !== viewer.organization.rowId) throw CommonErrors.notFound('Borgeren', ['input', 'citizenId']);
  const provider = await tx.getRepository(Organization).findOneBy({ rowId: providerRowId });
  if (provider?.kind !== 'PROVIDER') throw ContractErrors.notAProvider();
  const drafts = input.goals ?? [];
  if (drafts.length > LIMITS.maxGoalsPerContract) throw GoalErrors.goalLimit(['input', 'goals']);
  const nextFollowUpDate = input.nextFollowUpDate ?? nextRegularFollowUp(input.serviceType, input.startDate);
  if (nextFollowUpDate !== null && nextFollowUpDate < input.startDate) throw ContractErrors.followUpBeforeStart();
  const contract = Object.assign(new Contract(), {
    rowId: newId(),
    version: 1,
    documentVersion: 0,
    orderId: await checkOrder(tx, input.orderId, citizenRowId, providerRowId),
    citizenId: citizenRowId,
    authorityId: viewer.organization.rowId,
    providerId: providerRowId,
    serviceType: input.serviceType,
    status: ContractStatus.DRAFT,
    startDate: input.startDate,
    assessmentTool: input.assessmentTool,
    lifeThemeKeys: lifeThemes(input.lifeThemeKeys),
    purpose: requiredText(input.purpose, ['input', 'purpose']),
    goalRationale: requiredText(input.goalRationale, ['input', 'goalRationale']),
    reportingForms: reportingForms(input.reportingForms),
    participants: participants(input.participants),
    nextFollowUpDate,
    ...price(input.price),
    noticePeriodDays: noticePeriod(input.noticePeriodDays),
    dischargeCriteria: requiredText(input.dischargeCriteria, ['input', 'dischargeCriteria']),
    signatures: [],
    toBeSentToCitizen: false,
    endDate: null,
    terminationReason: null,
    createdAt: nowInstant(),
  });
  const goals = drafts.map((draft, index) => buildGoal(draft, contract, index + 1, ['input', 'goals', String(index)]));
  await tx.getRepository(Contract).save(contract);
  if (goals.length) await tx.getRepository(Goal).save(goals);
  return contract;
}

async function loadContract(tx: EntityManager, viewer: Viewer, id: string): Promise<{ rowId: string; contract: Contract }> {
  const rowId = rowIdOf(id, 'Contract', ['input', 'id']);
  const contract = await findVisibleContract(tx, viewer, rowId);
  if (!contract) throw CommonErrors.notFound('Kontrakten');
  return { rowId, contract };
}

export async function updateContract(tx: EntityManager, viewer: Viewer, input: UpdateContractInput): Promise<Contract> {
  const { rowId, contract } = await loadContract(tx, viewer, input.id);
  assertCaseworkerOf(viewer, contract.authorityId);
  if (contract.status !== ContractStatus.DRAFT && contract.status !== ContractStatus.ACTIVE) throw ContractErrors.closed();
  const isDraft = contract.status === ContractStatus.DRAFT;
  const changes: Partial<Contract> = {};
  if (input.serviceType != null) {
    if (!isDraft && input.serviceType !== contract.serviceType) throw ContractErrors.onlyDraft('serviceType');
    changes.serviceType = input.serviceType;
  }
  if (input.startDate != null) {
    if (!isDraft && input.startDate !== contract.startDate) throw ContractErrors.onlyDraft('startDate');
    changes.startDate = input.startDate;
  }
  if (input.assessmentTool != null) changes.assessmentTool = input.assessmentTool;
  if (input.lifeThemeKeys != null) {
    const keys = lifeThemes(input.lifeThemeKeys);
    const goals = (await tx.getRepository(Goal).findBy({ contractId: rowId })).filter(countsTowardsLimit);
    const orphan = goals.find((goal) => !keys.includes(goal.lifeThemeKey));
    if (orphan) throw ContractErrors.themeInUse(orphan.lifeThemeKey);
    changes.lifeThemeKeys = keys;
  }
  if (input.purpose != null) changes.purpose = requiredText(input.purpose, ['input', 'purpose']);
  if (input.goalRationale != null) changes.goalRationale = requiredText(input.goalRationale, ['input', 'goalRationale']);
  if (input.reportingForms != null) changes.reportingForms = reportingForms(input.reportingForms);
  if (input.participants != null) changes.participants = participants(input.participants);
  if (input.price !== undefined) Object.assign(changes, price(input.price));
  if (input.noticePeriodDays !== undefined) changes.noticePeriodDays = noticePeriod(input.noticePeriodDays);
  if (input.dischargeCriteria != null) changes.dischargeCriteria = requiredText(input.dischargeCriteria, ['input', 'dischargeCriteria']);
  if (input.nextFollowUpDate !== undefined) changes.nextFollowUpDate = input.nextFollowUpDate;
  const startDate = changes.startDate ?? contract.startDate;
  const followUp = changes.nextFollowUpDate === undefined ? contract.nextFollowUpDate : changes.nextFollowUpDate;
  if (followUp && followUp < startDate) throw ContractErrors.followUpBeforeStart();
  const version = await claimVersion(tx, Contract, rowId, input.expectedVersion, 'Kontrakten');
  if (Object.keys(changes).length) await tx.getRepository(Contract).update({ rowId }, changes);
  return Object.assign(contract, changes, { version });
}

/**
 * Signs for the buyer (the authority's caseworker) or the seller (the provider). The second signature
 * activates the contract, which needs 1-3 goals, and freezes version 1 to send to the citizen.
 */
export async function signContract(tx: EntityManager, viewer: Viewer, input: SignContractInput): Promise<Contract> {
  const { rowId, contract } = await loadContract(tx, viewer, input.id);
  const buyer = input.party === SignatureParty.BUYER;
  const mayBuy = buyer && (isCaseworker(viewer) || isAdmin(viewer)) && viewer.organization.rowId === contract.authorityId;
  const maySell = !buyer && isProviderStaff(viewer) && viewer.organization.rowId === contract.providerId;
  if (!mayBuy && !maySell) throw ContractErrors.wrongParty();
  if (contract.status !== ContractStatus.DRAFT) throw CommonErrors.invalid(['input', 'id'], { da: 'Kun et udkast kan underskrives.', en: 'Only a draft can be signed.' });
  if (contract.signatures.some((s) => s.party === input.party)) throw ContractErrors.alreadySigned();
  const version = await claimVersion(tx, Contract, rowId, input.expectedVersion, 'Kontrakten');
  contract.version = version;
  const signatures = [...contract.signatures, { party: input.party, name: viewer.user.name, signedOn: input.signedOn ?? danishToday() }];
  const bothSigned = signatures.some((s) => s.party === SignatureParty.BUYER) && signatures.some((s) => s.party === SignatureParty.SELLER);
  const changes: Partial<Contract> = { signatures };
  if (bothSigned) {
    const goals = (await tx.getRepository(Goal).findBy({ contractId: rowId })).filter(countsTowardsLimit);
    if (goals.length === 0) throw ContractErrors.noGoals();
    changes.status = ContractStatus.ACTIVE;
  }
  await tx.getRepository(Contract).update({ rowId }, changes);
  Object.assign(contract, changes);
  if (bothSigned) await createContractVersion(tx, contract, 'Kontrakten er underskrevet og aktiveret');
  return contract;
}

export async function terminateContract(tx: EntityManager, viewer: Viewer, input: TerminateContractInput): Promise<Contract> {
  const { rowId, contract } = await loadContract(tx, viewer, input.id);
  const ownSide = viewer.organization.rowId === contract.authorityId ? isCaseworker(viewer) || isAdmin(viewer) : isProviderStaff(viewer);
  if (!ownSide) throw CommonErrors.forbidden({ da: 'opsige kontrakten', en: 'terminate the contract' });
  if (contract.status !== ContractStatus.ACTIVE) throw ContractErrors.notActive();
  const noticeGivenOn = input.noticeGivenOn ?? danishToday();
  const changes: Partial<Contract> = {
    status: ContractStatus.TERMINATED,
    terminationReason: requiredText(input.reason, ['input', 'reason']),
    endDate: addDays(noticeGivenOn, contract.noticePeriodDays ?? 0),
  };
  const version = await claimVersion(tx, Contract, rowId, input.expectedVersion, 'Kontrakten');
  await tx.getRepository(Contract).update({ rowId }, changes);
  return Object.assign(contract, changes, { version });
}

export async function markContractSent(tx: EntityManager, viewer: Viewer, input: MarkContractSentInput): Promise<Contract> {
  const { rowId, contract } = await loadContract(tx, viewer, input.id);
  assertCaseworkerOf(viewer, contract.authorityId);
  if (!contract.toBeSentToCitizen) throw ContractErrors.nothingToSend();
  const version = await claimVersion(tx, Contract, rowId, input.expectedVersion, 'Kontrakten');
  await tx.getRepository(Contract).update({ rowId }, { toBeSentToCitizen: false });
  await tx.getRepository(ContractVersion).update({ contractId: rowId, number: contract.documentVersion }, { sentToCitizenAt: nowInstant() });
  return Object.assign(contract, { toBeSentToCitizen: false, version });
}
