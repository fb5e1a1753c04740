import type { Answers, FormDefinition } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/domain-error.js';
import { BoundAnswers } from './bindings/bound-answers.js';
import { reportChangeFromAnswers } from './bindings/change-notice-binding.js';
import { createContractFromAnswers } from './bindings/contract-binding.js';
import { fillDraftContractFromAnswers } from './bindings/draft-contract-binding.js';
import { submitStatusNoteFromAnswers } from './bindings/status-note-binding.js';
import type { FormSubject } from './form-subject.js';
import { FormSubjectType } from './form.enums.js';

/** The row a submitted response wrote, by its GraphQL type name. */
export interface WrittenObject {
  type: 'Contract' | 'StatusNote' | 'ChangeNotice';
  rowId: string;
}

export interface SubmitParties {
  providerId?: string | null;
  orderId?: string | null;
}

const wrongSubject = (what: string) =>
  new DomainError(
    'BINDING_SUBJECT',
    { da: `Skabelonens bundne felter (${what}) passer ikke til det, besvarelsen handler om.`, en: `The template's bound fields (${what}) do not fit what the response is about.` },
    ['input', 'id'],
  );

/**
 * Writes the rows a response's bound items fill, through the owning module's service, inside the submit's
 * transaction: a refusal by the service rolls the submit back. Returns null for forms without bindings.
 */
export async function writeBindings(tx: EntityManager, viewer: Viewer, definition: FormDefinition, answers: Answers, subject: FormSubject, parties: SubmitParties): Promise<WrittenObject | null> {
  const bound = BoundAnswers.of(definition, answers);
  if (bound.bindsAny('contract.')) {
    if (subject.type === FormSubjectType.CITIZEN) {
      const contract = await createContractFromAnswers(tx, viewer, bound, { citizenId: subject.citizen.id, providerId: parties.providerId, orderId: parties.orderId });
      return { type: 'Contract', rowId: contract.rowId };
    }
    if (subject.type === FormSubjectType.CONTRACT) {
      const contract = await fillDraftContractFromAnswers(tx, viewer, bound, subject.contract);
      return { type: 'Contract', rowId: contract.rowId };
    }
    throw wrongSubject('contract');
  }
  if (bound.bindsAny('statusNote.')) {
    if (subject.type !== FormSubjectType.MEETING) throw wrongSubject('statusNote');
    const note = await submitStatusNoteFromAnswers(tx, viewer, bound, subject.meeting.id);
    return { type: 'StatusNote', rowId: note.rowId };
  }
  if (bound.bindsAny('changeNotice.')) {
    if (subject.type !== FormSubjectType.CONTRACT) throw wrongSubject('changeNotice');
    const notice = await reportChangeFromAnswers(tx, viewer, bound, subject.contract.id);
    return { type: 'ChangeNotice', rowId: notice.rowId };
  }
  return null;
}
