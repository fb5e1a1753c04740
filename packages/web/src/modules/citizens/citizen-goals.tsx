import { lazy, Suspense } from 'react';
import { Loading } from '../../components/status.js';
import type { ContractStatus } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { serviceTypeLabel } from '../contracts/contract-labels.js';
import type { CitizenData } from './citizen-query.js';
import { CITIZEN_TEXTS } from './citizen-texts.js';
import { GoalProgressCard } from './goal-progress-card.js';

// The outcome star (the progression module's), in its own chunk with its chart library.
const CitizenRadarChart = lazy(async () => ({ default: (await import('../progression/citizen-radar.js')).CitizenRadarChart }));

const STATUS_ORDER: Record<ContractStatus, number> = { ACTIVE: 0, DRAFT: 1, TERMINATED: 2, ENDED: 3 };

/** The goals of every contract the viewer may see, running contracts first, each with its progression. */
export function CitizenGoals({ citizen }: { citizen: CitizenData }) {
  const t = useTexts(CITIZEN_TEXTS);
  const { language } = useLanguage();
  const contracts = [...citizen.contracts].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const goals = contracts.flatMap((contract) =>
    [...contract.goals].sort((a, b) => a.priority - b.priority).map((goal) => ({ goal, contractLabel: `${serviceTypeLabel(contract.serviceType, language)}, ${contract.provider.name}` })),
  );
  return (
    <section aria-labelledby="goals-heading" className="citizen-section">
      <h2 id="goals-heading">{t.goalsHeading}</h2>
      <p>{t.goalsIntro}</p>
      {goals.length === 0 && <p>{t.noGoals}</p>}
      {goals.length > 0 && (
        <section aria-labelledby="radar-heading" className="citizen-radar-slot">
          <h3 id="radar-heading">{t.radarHeading}</h3>
          <Suspense fallback={<Loading />}>
            <CitizenRadarChart citizenId={citizen.id} />
          </Suspense>
        </section>
      )}
      {goals.length > 0 && <h3>{t.goalByGoal}</h3>}
      <div className="goal-progress-grid">
        {goals.map(({ goal, contractLabel }) => (
          <GoalProgressCard key={goal.id} goal={goal} contractLabel={contractLabel} />
        ))}
      </div>
    </section>
  );
}
