import { useTexts } from '../i18n/language.js';
import { useFormContext, useFormSelector } from './form-context.js';
import { formatIsoDate, localized } from './format-answer.js';
import { RENDERER_TEXTS } from './renderer-texts.js';

/**
 * The values the template computes from the answers (complexity recommendation, follow-up dates), live, by the
 * same computeDerived the server stores. The SMART check is shown in each goal entry instead.
 */
export function DerivedPanel() {
  const { language, store } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  const derived = useFormSelector((snapshot) => snapshot.derived);
  const keys = (store.definition.derived ?? []).filter((key) => key !== 'goalSmartness');
  if (keys.length === 0) return null;
  const recommendation = derived.complexityRecommendation;
  const dates = derived.followUpDates;
  return (
    <aside className="form-derived" aria-labelledby="form-derived-heading">
      <h2 id="form-derived-heading" className="h4">
        {t.derivedHeading}
      </h2>
      {recommendation && (
        <div className="form-derived-block" data-derived="complexityRecommendation">
          <p className="form-derived-result" role="status">
            <strong>{recommendation.offerCollaborationMeetings ? t.offerYes : t.offerNo}</strong>
          </p>
          <ul className="form-derived-reasons">
            {recommendation.reasons.map((reason) => (
              <li key={reason.da}>{localized(reason, language)}</li>
            ))}
          </ul>
        </div>
      )}
      {dates && (
        <div className="form-derived-block" data-derived="followUpDates">
          <h3 className="h5">{t.followUpHeading}</h3>
          {Object.values(dates).every((value) => value === null) ? (
            <p className="muted">{t.notYetComputed}</p>
          ) : (
            <dl className="form-derived-dates">
              {(Object.keys(t.followUp) as (keyof typeof t.followUp)[])
                .filter((key) => dates[key])
                .map((key) => (
                  <div key={key}>
                    <dt>{t.followUp[key]}</dt>
                    <dd>{formatIsoDate(dates[key]!, language)}</dd>
                  </div>
                ))}
            </dl>
          )}
        </div>
      )}
    </aside>
  );
}
