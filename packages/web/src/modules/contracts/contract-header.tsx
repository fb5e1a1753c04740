import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { CprText } from '../citizens/cpr-text.js';
import { formatPrice, serviceTypeLabel, themeName } from './contract-labels.js';
import type { ContractData } from './contract-query.js';
import { ContractStatusBadge } from './contract-status-badge.js';
import { CONTRACT_TEXTS } from './contract-texts.js';

/** The contract's terms: parties, service, dates, price, notice, reporting, themes, purpose and discharge criteria. */
export function ContractFacts({ contract, linkCitizen = true }: { contract: ContractData; linkCitizen?: boolean }) {
  const t = useTexts(CONTRACT_TEXTS);
  const { language } = useLanguage();
  const version = contract.documentVersion === 0 ? t.draftVersion : `${contract.documentVersion}${contract.toBeSentToCitizen ? ` (${t.toBeSent})` : ''}`;
  const citizen = contract.citizen;
  const short: [string, ReactNode][] = [
    [t.status, <ContractStatusBadge key="status" status={contract.status} />],
    [t.version, version],
    [
      t.citizen,
      citizen ? (
        <span key="citizen">
          {linkCitizen ? <Link to={`/citizens/${encodeURIComponent(citizen.id)}`}>{citizen.name}</Link> : citizen.name}
          <br />
          <CprText cpr={citizen.cpr} masked={citizen.cprMasked} />
        </span>
      ) : (
        t.none
      ),
    ],
    [t.serviceType, serviceTypeLabel(contract.serviceType, language)],
    [t.authority, contract.authority.name],
    [t.provider, contract.provider.name],
    [t.startDate, formatDate(contract.startDate, language)],
    [t.endDate, contract.endDate ? formatDate(contract.endDate, language) : t.none],
    [t.nextFollowUp, contract.nextFollowUpDate ? formatDate(contract.nextFollowUpDate, language) : t.asNeeded],
    [t.subGoalsDueBy, formatDate(contract.subGoalsDueBy, language)],
    [t.price, contract.price ? formatPrice(contract.price, language) : t.none],
    [t.noticePeriod, contract.noticePeriodDays == null ? t.none : t.days(contract.noticePeriodDays)],
    [t.assessmentTool, t.tools[contract.assessmentTool]],
    [t.reportingForms, contract.reportingForms.map((f) => t.forms[f]).join(', ')],
    [t.lifeThemes, contract.lifeThemes.map((theme) => themeName(theme, language)).join(', ')],
  ];
  const long: [string, ReactNode][] = [
    [t.purpose, contract.purpose],
    [t.goalRationale, contract.goalRationale],
    [t.dischargeCriteria, contract.dischargeCriteria],
    [t.participants, contract.participants.length ? contract.participants.map((p) => [p.name, p.role, p.organization].filter(Boolean).join(', ')).join('; ') : t.none],
  ];
  if (contract.terminationReason) long.push([t.terminationReason, contract.terminationReason]);

  return (
    <dl className="facts contract-facts">
      {short.map(([label, value]) => (
        <div className="fact" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {long.map(([label, value]) => (
        <div className="fact fact-wide" key={label}>
          <dt>{label}</dt>
          <dd className="prose">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
