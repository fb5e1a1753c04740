import { useTexts } from '../../i18n/language.js';
import { FormResponsesList } from '../forms/form-responses-list.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { StartFormButton } from './start-form-button.js';

export const FOLLOW_UP_CHECKLIST = 'follow-up-checklist';

/** The before/at/after checklist and every other form about the meeting, with a button to start the checklist. */
export function MeetingChecklist({ meetingId, mayStart, started }: { meetingId: string; mayStart: boolean; started: boolean }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  return (
    <section aria-labelledby="checklist-heading" className="contract-section">
      <div className="section-heading">
        <h2 id="checklist-heading">{t.checklistHeading}</h2>
        {mayStart && !started && <StartFormButton templateKey={FOLLOW_UP_CHECKLIST} subjectId={meetingId} label={t.startChecklist} />}
      </div>
      <p>{t.checklistIntro}</p>
      <h3>{t.meetingForms}</h3>
      <FormResponsesList subjectId={meetingId} />
    </section>
  );
}
