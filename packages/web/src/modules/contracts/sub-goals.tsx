import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { SubGoalApproval } from '../../generated/graphql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { CONTRACT_LABELS } from './contract-labels.js';
import type { ContractGoal, ContractSubGoal } from './contract-query.js';
import { useFocusOnMount, useFocusReturn } from './focus.js';
import { fieldError, TextAreaField } from './form-fields.js';
import { GOAL_TEXTS } from './goal-texts.js';
import { ProposeSubGoalForm } from './propose-sub-goal-form.js';
import { SuccessMessage, useFlash } from './success-message.js';

const DECIDE_SUB_GOAL = graphql(`
  mutation DecideSubGoal($input: DecideSubGoalInput!) {
    decideSubGoal(input: $input) {
      subGoal { id version approval decisionComment decidedAt }
      userErrors { code message field }
    }
  }
`);

const TONE: Record<SubGoalApproval, string> = { PROPOSED: 'badge-warning', APPROVED: 'badge-success', REJECTED: 'badge-error' };

/** A goal's sub-goals with their approval; provider staff propose, the authority's caseworker decides. */
export function SubGoals({ goal, dueBy, mayPropose, mayDecide }: { goal: ContractGoal; dueBy: string; mayPropose: boolean; mayDecide: boolean }) {
  const t = useTexts(GOAL_TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const [flash, showFlash] = useFlash();
  const [proposing, setProposing] = useState(false);
  const [proposeButton, returnToPropose] = useFocusReturn<HTMLButtonElement>();
  const headingId = `sub-goals-${goal.id}`;

  return (
    <section className="sub-goals" aria-labelledby={headingId}>
      <div className="section-heading">
        <h4 id={headingId}>{t.subGoalsHeading}</h4>
        {mayPropose && !proposing && (
          <button type="button" className="button button-secondary" ref={proposeButton} onClick={() => setProposing(true)}>
            {t.propose}
          </button>
        )}
      </div>
      <p className="muted">{t.subGoalsIntro(formatDate(dueBy, language))}</p>
      <SuccessMessage message={flash} takeFocus />
      {goal.subGoals.length === 0 && <p>{t.noSubGoals}</p>}
      <ul className="sub-goal-list nobullet-list">
        {goal.subGoals.map((subGoal) => (
          <li key={subGoal.id} className="sub-goal" data-sub-goal-id={subGoal.id} data-approval={subGoal.approval}>
            <div className="sub-goal-title">
              <span>{subGoal.title}</span> <span className={`badge ${TONE[subGoal.approval]}`}>{labels.approval[subGoal.approval]}</span>
              {subGoal.decidedAt && <span className="muted">{formatDate(subGoal.decidedAt, language)}</span>}
            </div>
            {subGoal.method && (
              <p className="sub-goal-detail">
                <span className="muted">{t.method}:</span> {subGoal.method}
              </p>
            )}
            {subGoal.decisionComment && (
              <p className="sub-goal-detail">
                <span className="muted">{t.decisionComment}:</span> {subGoal.decisionComment}
              </p>
            )}
            {mayDecide && subGoal.approval === 'PROPOSED' && <SubGoalDecision subGoal={subGoal} onDecided={showFlash} />}
          </li>
        ))}
      </ul>
      {mayPropose && proposing && (
        <ProposeSubGoalForm
          goal={goal}
          onDone={(done) => {
            setProposing(false);
            showFlash(done);
          }}
          onCancel={() => {
            setProposing(false);
            returnToPropose();
          }}
        />
      )}
    </section>
  );
}

function SubGoalDecision({ subGoal, onDecided }: { subGoal: ContractSubGoal; onDecided: (message: string) => void }) {
  const t = useTexts(GOAL_TEXTS);
  const [rejecting, setRejecting] = useState(false);
  const [rejectButton, returnToReject] = useFocusReturn<HTMLButtonElement>();
  const [decide, { data, loading, error }] = useMutation(DECIDE_SUB_GOAL);
  const errors = data?.decideSubGoal.userErrors;

  const send = async (approval: 'APPROVED' | 'REJECTED', comment: string | null) => {
    const result = await settled(decide({ variables: { input: { id: subGoal.id, expectedVersion: subGoal.version, approval, comment } } }));
    if (result.data?.decideSubGoal.subGoal) onDecided(approval === 'APPROVED' ? t.approved : t.rejected);
  };

  return (
    <div className="sub-goal-decision">
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={errors?.filter((e) => !fieldError([e], 'comment'))} />
      {!rejecting ? (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={loading} aria-label={t.approveLabel(subGoal.title)} onClick={() => void send('APPROVED', null)}>
            {t.approve}
          </button>
          <button type="button" className="button button-secondary" ref={rejectButton} aria-label={t.rejectLabel(subGoal.title)} onClick={() => setRejecting(true)}>
            {t.reject}
          </button>
        </div>
      ) : (
        <RejectForm
          subGoal={subGoal}
          loading={loading}
          error={fieldError(errors, 'comment')}
          onReject={(comment) => void send('REJECTED', comment)}
          onCancel={() => {
            setRejecting(false);
            returnToReject();
          }}
        />
      )}
    </div>
  );
}

/** The reason for rejecting, which the provider reads; the field takes the focus when it opens. */
function RejectForm({ subGoal, loading, error, onReject, onCancel }: { subGoal: ContractSubGoal; loading: boolean; error?: string; onReject: (comment: string) => void; onCancel: () => void }) {
  const t = useTexts(GOAL_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const [comment, setComment] = useState('');
  const field = useFocusOnMount<HTMLTextAreaElement>();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onReject(comment.trim());
      }}
      noValidate
    >
      <TextAreaField id={`reject-${subGoal.id}`} label={t.rejectComment} hint={t.rejectCommentHint} value={comment} onChange={setComment} rows={2} error={error} inputRef={field} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t.confirmReject}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
