import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { settled } from '../../apollo/settled.js';
import { ScrollBox } from '../../components/scroll-box.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { useFocusOnMount, useFocusReturn } from '../contracts/focus.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { isAuthorityCaseworker } from '../contracts/viewer-rights.js';
import type { CitizenData } from './citizen-query.js';
import { ConsentForm } from './consent-form.js';
import { CONSENT_TEXTS } from './consent-texts.js';

const REVOKE_CONSENT = graphql(`
  mutation RevokeConsent($input: RevokeConsentInput!) {
    revokeConsent(input: $input) {
      consent { id active revokedAt }
      userErrors { code message field }
    }
  }
`);

type ConsentRow = CitizenData['consents'][number];

/** The citizen's consents, in force and revoked; the caseworker records new ones and revokes them. */
export function CitizenConsents({ citizen }: { citizen: CitizenData }) {
  const t = useTexts(CONSENT_TEXTS);
  const { language } = useLanguage();
  const mayChange = isAuthorityCaseworker(useViewer());
  const [formOpen, setFormOpen] = useState(false);
  const [recordButton, returnToRecord] = useFocusReturn<HTMLButtonElement>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [flash, showFlash] = useFlash();
  const [revoke, { data, loading, error }] = useMutation(REVOKE_CONSENT);
  // Back to the row's "Tilbagekald" button when its confirmation is cancelled.
  useEffect(() => {
    if (returnTo) {
      document.getElementById(returnTo)?.focus();
      setReturnTo(null);
    }
  }, [returnTo]);
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : t.nothing);

  const doRevoke = async (consent: ConsentRow) => {
    const result = await settled(revoke({ variables: { input: { id: consent.id } } }));
    if (result.data?.revokeConsent.consent) {
      setConfirming(null);
      showFlash(t.revokedDone);
    }
  };

  return (
    <section aria-labelledby="consents-heading" className="citizen-section">
      <div className="section-heading">
        <h2 id="consents-heading">{t.heading}</h2>
        {mayChange && !formOpen && (
          <button type="button" className="button button-secondary" ref={recordButton} onClick={() => setFormOpen(true)}>
            {t.record}
          </button>
        )}
      </div>
      <p>{t.intro}</p>
      <SuccessMessage message={flash} takeFocus />
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={data?.revokeConsent.userErrors} />
      {citizen.consents.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollBox label={t.caption}>
          <table className="table table--compact consents-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.givenAt}</th>
                <th scope="col">{t.parties}</th>
                <th scope="col">{t.scope}</th>
                <th scope="col">{t.excluded}</th>
                <th scope="col">{t.organizations}</th>
                <th scope="col">{t.categories}</th>
                <th scope="col">{t.status}</th>
                {mayChange && (
                  <th scope="col">
                    <span className="sr-only">{t.revoke}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {citizen.consents.map((consent) => {
                const given = formatDate(consent.givenAt, language);
                return (
                  <tr key={consent.id} data-consent-id={consent.id}>
                    <td className="nowrap">{given}</td>
                    <td>{list(consent.parties)}</td>
                    <td>{list(consent.scope)}</td>
                    <td>{list(consent.excluded)}</td>
                    <td>{list(consent.organizations.map((o) => o.name))}</td>
                    <td>{consent.organizations.length ? list(consent.categories.map((c) => t.categoryNames[c])) : t.nothing}</td>
                    <td>{consent.active ? <span className="badge badge-success">{t.active}</span> : <span className="badge">{t.revoked(formatDate(consent.revokedAt, language))}</span>}</td>
                    {mayChange && (
                      <td>
                        {consent.active && confirming !== consent.id && (
                          <button type="button" className="button button-tertiary" id={`revoke-${consent.id}`} aria-label={t.revokeLabel(given)} onClick={() => setConfirming(consent.id)}>
                            {t.revoke}
                          </button>
                        )}
                        {consent.active && confirming === consent.id && (
                          <RevokeConfirm
                            label={t.revokeLabel(given)}
                            busy={loading}
                            onConfirm={() => void doRevoke(consent)}
                            onCancel={() => {
                              setConfirming(null);
                              setReturnTo(`revoke-${consent.id}`);
                            }}
                          />
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {mayChange && formOpen && (
        <div className="panel">
          <ConsentForm
            citizenId={citizen.id}
            providerIds={[...new Set(citizen.contracts.filter((c) => c.status === 'DRAFT' || c.status === 'ACTIVE').map((c) => c.provider.id))]}
            onDone={(done) => {
              setFormOpen(false);
              showFlash(done);
            }}
            onCancel={() => {
              setFormOpen(false);
              returnToRecord();
            }}
          />
        </div>
      )}
    </section>
  );
}

/** "Vil du tilbagekalde samtykket?" with the confirming button focused; cancelling returns to the row. */
function RevokeConfirm({ label, busy, onConfirm, onCancel }: { label: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const t = useTexts(CONSENT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const confirm = useFocusOnMount<HTMLButtonElement>();
  return (
    <fieldset className="confirm">
      <legend className="sr-only">{label}</legend>
      <p>{t.confirmRevoke}</p>
      <div className="cluster">
        <button type="button" className="button button-primary" ref={confirm} disabled={busy} onClick={onConfirm}>
          {t.confirmRevokeYes}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </fieldset>
  );
}
