import { PageTitle } from '../../components/page-title.js';
import { useTexts, type Texts } from '../../i18n/language.js';

interface StatementTexts {
  title: string;
  paragraphs: string[];
  complianceTitle: string;
  compliance: string;
  contactTitle: string;
  contact: string;
  complaintTitle: string;
  complaint: string;
}

/** The accessibility statement the Danish web-accessibility act (lov nr. 692 af 08/06/2018) requires. */
const TEXTS: Texts<StatementTexts> = {
  da: {
    title: 'Tilgængelighedserklæring',
    paragraphs: [
      'Treklang er omfattet af lov om tilgængelighed af offentlige organers websteder og mobilapplikationer. Vi arbejder efter standarden EN 301 549, som svarer til WCAG 2.1 niveau A og AA.',
      'Hver side testes automatisk med axe-core i en rigtig browser for overtrædelser af WCAG 2.1 A og AA, og hele løsningen kan betjenes med tastatur.',
    ],
    complianceTitle: 'Overholdelse',
    compliance: 'Løsningen vurderes at overholde kravene delvist: diagrammer har en tekstversion i tabelform, men automatiske test finder ikke alle problemer. Erklæringen er senest gennemgået 23. november 2026.',
    contactTitle: 'Kontakt',
    contact: 'Oplever du problemer med tilgængeligheden, så kontakt din kommunes support, som giver besked videre til Treklang.',
    complaintTitle: 'Klage',
    complaint: 'Du kan klage til Digitaliseringsstyrelsen, som fører tilsyn med loven, via webtilgaengelighed.digst.dk.',
  },
  en: {
    title: 'Accessibility statement',
    paragraphs: [
      'Treklang is covered by the Danish act on the accessibility of public sector websites and mobile applications. We work to EN 301 549, which corresponds to WCAG 2.1 levels A and AA.',
      'Every page is tested automatically with axe-core in a real browser for WCAG 2.1 A and AA violations, and the whole application can be used with a keyboard.',
    ],
    complianceTitle: 'Compliance',
    compliance: 'The application is considered partially compliant: charts have a text alternative as a table, but automated tests do not find every problem. The statement was last reviewed on 23 November 2026.',
    contactTitle: 'Contact',
    contact: "If you meet an accessibility problem, contact your municipality's support, who will pass it on to Treklang.",
    complaintTitle: 'Complaints',
    complaint: 'You can complain to the Danish Agency for Digital Government, which supervises the act, at webtilgaengelighed.digst.dk.',
  },
};

export function AccessibilityStatementPage() {
  const t = useTexts(TEXTS);
  return (
    <article>
      <PageTitle title={t.title} />
      {t.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h2>{t.complianceTitle}</h2>
      <p>{t.compliance}</p>
      <h2>{t.contactTitle}</h2>
      <p>{t.contact}</p>
      <h2>{t.complaintTitle}</h2>
      <p>{t.complaint}</p>
    </article>
  );
}
