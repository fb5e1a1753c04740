import type { ContractStatus } from '../../generated/graphql.js';
import { useTexts } from '../../i18n/language.js';
import { CONTRACT_LABELS } from './contract-labels.js';

const TONE: Record<ContractStatus, string> = { DRAFT: 'badge-info', ACTIVE: 'badge-success', TERMINATED: 'badge-warning', ENDED: '' };

/** The status in words on a tinted badge (the colour only repeats what the word says). */
export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const labels = useTexts(CONTRACT_LABELS);
  return <span className={`badge ${TONE[status]}`}>{labels.status[status]}</span>;
}
