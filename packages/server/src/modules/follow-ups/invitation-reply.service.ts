import { danishToday, LIMITS } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isCaseworker, isProviderStaff } from '../../auth/policy.js';
import { assertProviderMayRecord } from '../../auth/authorize-write.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { optionalText } from '../../common/validate.js';
import { claimVersion } from '../../common/version.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { ConsentCategory } from '../consents/consent-category.js';
import type { Contract } from '../contracts/contract.entity.js';
import type { RecordInvitationReplyInput } from './dto/invitation-reply.input.js';
import { FollowUpErrors } from './follow-up.errors.js';
import { findVisibleMeeting } from './follow-up.scope.js';
import { assertActive } from './follow-up.service.js';
import { InvitationReply, InvitationReplyOption } from './invitation-reply.entity.js';

/** Replies are recorded by the two parties of the contract: its authority's caseworker and its provider's staff. */
async function assertMayRecordReply(tx: EntityManager, viewer: Viewer, contract: Contract): Promise<void> {
  const organization = viewer.organization.rowId;
  if (isCaseworker(viewer) && organization === contract.authorityId) return;
  if (isProviderStaff(viewer) && organization === contract.providerId) return assertProviderMayRecord(tx, viewer, contract, ConsentCategory.PROGRESS);
  throw FollowUpErrors.onlyCaseParties();
}


/**
 * Records what an invited participant answered to the meeting's invitation (one of the letter's four statements).
 * One reply per participant: a later answer replaces the earlier one against the version it was read at.
 */
export async function recordInvitationReply(tx: EntityManager, viewer: Viewer, input: RecordInvitationReplyInput): Promise<{ reply: InvitationReply }> {
  const meetingRowId = rowIdOf(input.meetingId, 'FollowUpMeeting', ['input', 'meetingId']);
  const found = await findVisibleMeeting(tx, viewer, meetingRowId);
  if (!found) throw CommonErrors.notFound('Mødet', ['input', 'meetingId']);
  const { meeting, contract } = found;
  await assertMayRecordReply(tx, viewer, contract);
  if (meeting.heldAt !== null) throw FollowUpErrors.meetingHeld();
  assertActive(contract, ['input', 'meetingId']);

  const participant = Number.isInteger(input.participantIndex) ? meeting.participants[input.participantIndex] : undefined;
  if (!participant) throw FollowUpErrors.participantUnknown();
  const answeredOn = input.answeredOn ?? danishToday();
  if (answeredOn > danishToday()) throw FollowUpErrors.answeredInFuture();
  const comment = optionalText(input.comment, ['input', 'comment'], 2000);
  if (input.reply === InvitationReplyOption.OTHER_DATE && !comment) throw FollowUpErrors.otherDatesRequired();
  const values = {
    reply: input.reply,
    answeredBy: optionalText(input.answeredBy, ['input', 'answeredBy'], LIMITS.nameLength) ?? participant.name,
    answeredOn,
    comment,
    recordedById: viewer.user.rowId,
    recordedByOrganizationId: viewer.organization.rowId,
    recordedAt: nowInstant(),
  };

  const replies = tx.getRepository(InvitationReply);
  const existing = await replies.findOneBy({ meetingId: meeting.rowId, participantIndex: input.participantIndex });
  if (existing) {
    // Someone answered since this reply was read: never overwrite an answer unseen.
    if (input.expectedVersion == null) throw CommonErrors.versionConflict('Svaret', existing.version);
    const version = await claimVersion(tx, InvitationReply, existing.rowId, input.expectedVersion, 'Svaret');
    await replies.update({ rowId: existing.rowId }, values);
    return { reply: Object.assign(existing, values, { version }) };
  }
  const reply = await replies.save(
    Object.assign(new InvitationReply(), { rowId: newId(), version: 1, meetingId: meeting.rowId, participantIndex: input.participantIndex, ...values, createdAt: nowInstant() }),
  );
  return { reply };
}
