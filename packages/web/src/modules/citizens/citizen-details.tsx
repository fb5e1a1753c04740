import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import type { CitizenData } from './citizen-query.js';
import { CITIZEN_TEXTS } from './citizen-texts.js';
import { CprText } from './cpr-text.js';

/** Name, CPR (masked where the API masks it), birth date and contact details. */
export function CitizenDetails({ citizen }: { citizen: CitizenData }) {
  const t = useTexts(CITIZEN_TEXTS);
  const { language } = useLanguage();
  const rows: [string, React.ReactNode][] = [
    [t.cpr, <CprText key="cpr" cpr={citizen.cpr} masked={citizen.cprMasked} />],
    [t.birthDate, formatDate(citizen.birthDate, language)],
    [t.address, citizen.address || t.none],
    [t.phone, citizen.phone || t.none],
    [t.guardian, citizen.guardian || t.none],
    [t.supportPerson, citizen.supportPerson || t.none],
  ];
  return (
    <section aria-labelledby="details-heading" className="citizen-section">
      <h2 id="details-heading">{t.detailsHeading}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div className="fact" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
