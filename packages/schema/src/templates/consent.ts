import type { FormDefinition } from '../forms/types.js';

/*
 * Sorø Kommune, Samarbejdsmodel (PIXI metodehåndbog 2017), Bilag 6 "Samtykkeerklæring": signed at the first
 * pre-meeting, so that the citizen's cases in the specialist centres are joined in one overview and the
 * parties the citizen names may exchange information at the collaboration meetings.
 */

export const consent: FormDefinition = {
  key: 'consent',
  version: 1,
  title: {
    da: 'Samtykkeerklæring til samarbejdsmøder for aktivitetsparate borgere fra 30 år og borgere i ressourceforløb',
    en: 'Declaration of consent to collaboration meetings for activity-ready citizens aged 30+ and citizens in resource programmes',
  },
  description: {
    da: 'Udveksling af oplysninger sker efter Retssikkerhedslovens §§ 11a-c og Forvaltningslovens § 28 samt Persondatalovens §§ 6-8 og 38.',
    en: 'Information is exchanged under sections 11a-c of the Legal Rights Act, section 28 of the Public Administration Act and sections 6-8 and 38 of the Personal Data Act.',
  },
  source: 'Sorø: Samarbejdsmodel, PIXI metodehåndbog 2017, Bilag 6 Samtykkeerklæring',
  subject: 'CITIZEN',
  filledBy: ['AUTHORITY'],
  sections: [
    {
      id: 'consentTo',
      title: { da: 'Jeg (borger) giver samtykke ("siger ja") til:', en: 'I (the citizen) consent ("say yes") to:' },
      items: [
        {
          id: 'joinedDepartments',
          type: 'multipleChoice',
          label: {
            da: '1. At mine sager i følgende fagcentre samles i et fælles skema for disse centre',
            en: '1. My cases in the following specialist centres being joined in one common overview for these centres',
          },
          help: {
            da: 'Formålet med det fælles skema er at sikre en helhedsorienteret sagsbehandling via samarbejdsmøder for borgere, der har sager i to eller flere afdelinger i de nævnte fagcentre.',
            en: 'The purpose of the common overview is coherent case handling through collaboration meetings for citizens with cases in two or more departments of these centres.',
          },
          required: true,
          minSelected: 2,
          options: [
            { value: 'CHILDREN_AND_FAMILIES', label: { da: 'Børn og Familier', en: 'Children and Families' } },
            { value: 'SOCIAL_AND_HEALTH', label: { da: 'Social og Sundhed', en: 'Social and Health' } },
            { value: 'EMPLOYMENT_AND_CITIZEN_SERVICES', label: { da: 'Arbejdsmarked og Borgerservice', en: 'Employment and Citizen Services' } },
          ],
        },
        {
          id: 'exchangeAtMeetings',
          type: 'yesNo',
          label: {
            da: '2. At der må udveksles oplysninger i forbindelse med samarbejdsmøderne',
            en: '2. Information being exchanged in connection with the collaboration meetings',
          },
          help: {
            da: 'Hvis ja: sæt kryds ved de fagenheder/fagpersoner, der må udveksle oplysninger, og skriv hvad der må og ikke må udveksles.',
            en: 'If yes: tick the units/professionals who may exchange information, and write what may and may not be exchanged.',
          },
          required: true,
        },
      ],
    },
    {
      id: 'exchange',
      title: {
        da: 'De fagenheder/fagpersoner, undertegnede giver samtykke ("siger ja") til, må indhente og videregive oplysninger til hinanden',
        en: 'The units/professionals the undersigned consents to ("says yes" to) may obtain and pass on information to each other',
      },
      enableWhen: [{ item: 'exchangeAtMeetings', operator: 'equals', value: true }],
      items: [
        {
          id: 'parties',
          type: 'multipleChoice',
          label: { da: 'Fagenheder/fagpersoner, som kan udveksle oplysninger – sæt kryds', en: 'Units/professionals who may exchange information – tick' },
          required: true,
          minSelected: 1,
          options: [
            { value: 'COORDINATING_CASEWORKER_JOBCENTRE', label: { da: 'Koordinerende sagsbehandler i Jobcentret (Arbejdsmarked og Borgerservice)', en: 'Coordinating caseworker at the job centre (Employment and Citizen Services)' } },
            { value: 'BUSINESS_CONSULTANT', label: { da: 'Virksomhedskonsulent', en: 'Business consultant' } },
            { value: 'MENTOR', label: { da: 'Mentor', en: 'Mentor' } },
            { value: 'CASEWORKER_CHILDREN_AND_FAMILIES', label: { da: 'Sagsbehandler (Fagcenter Børn og Familie)', en: 'Caseworker (Children and Families)' } },
            { value: 'CASEWORKER_SOCIAL_AND_HEALTH', label: { da: 'Sagsbehandler (Fagcenter Social og Sundhed)', en: 'Caseworker (Social and Health)' } },
            { value: 'CASEWORKER_BENEFITS', label: { da: 'Sagsbehandler Team Ydelser (Arbejdsmarked og Borgerservice)', en: 'Caseworker, Benefits team (Employment and Citizen Services)' } },
            { value: 'SUPPORT_PERSON', label: { da: 'Borgerens støtteperson (hvis det ikke er mentor eller støttekontaktperson fra Social og Sundhed)', en: "The citizen's support person (if not the mentor or a support contact person from Social and Health)" } },
            { value: 'PSYCHIATRY', label: { da: 'Repræsentant fra psykiatrien', en: 'Representative of psychiatric services' } },
            { value: 'OTHER_TREATMENT_PLACE', label: { da: 'Repræsentant fra andre behandlingssteder, f.eks. somatisk afdeling', en: 'Representative of other treatment places, e.g. a somatic ward' } },
            { value: 'ADDICTION_CONSULTANT', label: { da: 'Misbrugskonsulent', en: 'Addiction consultant' } },
            { value: 'SOCIAL_EFFORT_CONTACT', label: { da: 'Kontaktperson fra social indsats', en: 'Contact person from a social effort' } },
            { value: 'EDUCATIONAL_INSTITUTION', label: { da: 'Uddannelsesinstitution', en: 'Educational institution' } },
            { value: 'COMPANY_REPRESENTATIVE', label: { da: 'Repræsentant fra virksomhed', en: 'Representative of a company' } },
            { value: 'DOCTOR', label: { da: 'Læge', en: 'Doctor' } },
            { value: 'OTHERS', label: { da: 'Andre', en: 'Others' } },
          ],
        },
        {
          id: 'otherTreatmentPlace',
          type: 'text',
          label: { da: 'Hvilket andet behandlingssted?', en: 'Which other treatment place?' },
          required: true,
          maxLength: 300,
          enableWhen: [{ item: 'parties', operator: 'includes', value: 'OTHER_TREATMENT_PLACE' }],
        },
        {
          id: 'otherParties',
          type: 'text',
          label: { da: 'Hvilke andre?', en: 'Which others?' },
          required: true,
          maxLength: 300,
          enableWhen: [{ item: 'parties', operator: 'includes', value: 'OTHERS' }],
        },
        {
          id: 'informationExchanged',
          type: 'longText',
          label: { da: 'Hvad giver jeg samtykke til, at der udveksles?', en: 'What do I consent to being exchanged?' },
          help: {
            da: 'Oplysninger, herunder fortrolige og personlige oplysninger samt helbredsoplysninger.',
            en: 'Information, including confidential and personal information and health information.',
          },
          required: true,
          maxLength: 4000,
        },
        {
          id: 'informationNotExchanged',
          type: 'longText',
          label: { da: 'Hvilke oplysninger må ikke udveksles?', en: 'Which information may not be exchanged?' },
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'signing',
      title: { da: 'Underskrift', en: 'Signature' },
      items: [
        {
          id: 'consentGiverName',
          type: 'text',
          label: { da: 'Navn på samtykkegiver', en: 'Name of the person giving consent' },
          help: {
            da: 'Borgeren selv eller borgerens værge.',
            en: "The citizen or the citizen's guardian.",
          },
          required: true,
          maxLength: 200,
        },
        {
          id: 'consentCpr',
          type: 'display',
          label: { da: 'CPR', en: 'CPR number' },
          text: {
            da: 'Borgerens CPR-nummer fra borgerens sag; det skrives ikke i skemaets svar.',
            en: "The citizen's CPR number from the citizen's case; it is not written into the form's answers.",
          },
          subjectField: 'citizen.cpr',
        },
        {
          id: 'consentDate',
          type: 'date',
          label: { da: 'Dato', en: 'Date' },
          required: true,
          max: 'today',
        },
        {
          id: 'signature',
          type: 'signature',
          label: { da: 'Underskrift', en: 'Signature' },
          filledBy: ['CITIZEN', 'AUTHORITY'],
          required: true,
        },
        {
          id: 'revocable',
          type: 'display',
          label: { da: 'Tilbagekaldelse', en: 'Revocation' },
          text: { da: 'Samtykket kan til enhver tid tilbagekaldes.', en: 'The consent can be revoked at any time.' },
        },
      ],
    },
  ],
};
