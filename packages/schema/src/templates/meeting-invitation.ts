import type { FormDefinition } from '../forms/types.js';
import { LIMITS } from '../limits.js';

/*
 * Sorø Kommune, Samarbejdsmodel (PIXI metodehåndbog 2017): Bilag 1 "Indkalderbrev" (the first collaboration
 * meeting) and Bilag 2 "Opfølgingsbrev" (the 2nd or 3rd), with the agenda of Bilag 4 "Dagsorden for første møde"
 * and Bilag 5 "Dagsorden for opfølgningsmøder". The coordinating caseworker invites; each invited partner answers
 * with one of the letter's four statements, and the fields that belong to that statement appear.
 */

/** The four statements of the letters, in the seed's order and words. */
export const MEETING_REPLY_OPTIONS = [
  {
    value: 'ATTEND',
    label: { da: 'Ja, det vurderes relevant og jeg vil gerne deltage', en: 'Yes, it is considered relevant and I would like to attend' },
  },
  {
    value: 'SEND_NOTE',
    label: {
      da: 'Ja, det vurderes relevant, men jeg har desværre ikke mulighed for at afsætte tid til at deltage, jeg vil i stedet for sende et notat til den koordinerende sagsbehandler med relevante oplysninger omkring sagen.',
      en: 'Yes, it is considered relevant, but unfortunately I cannot set aside time to attend; instead I will send a note with relevant information on the case to the coordinating caseworker.',
    },
  },
  {
    value: 'OTHER_DATE',
    label: {
      da: 'Ja, det vurderes relevant, men jeg har desværre ikke mulighed for at deltage på ovenstående dato, jeg vil gerne deltage på en anden dato, hvis det er muligt at flytte mødet. Hvis det ikke er muligt at flytte mødet, vil jeg i stedet for sende et notat til den koordinerende sagsbehandler med relevante oplysninger omkring sagen.',
      en: 'Yes, it is considered relevant, but unfortunately I cannot attend on the date above; I would like to attend on another date if the meeting can be moved. If it cannot be moved, I will instead send a note with relevant information on the case to the coordinating caseworker.',
    },
  },
  { value: 'NOT_RELEVANT', label: { da: 'Nej, det vurderes ikke relevant at deltage.', en: 'No, attending is not considered relevant.' } },
];

export const meetingInvitation: FormDefinition = {
  key: 'meeting-invitation',
  version: 1,
  title: { da: 'Indkaldelse til samarbejdsmøde og svar', en: 'Invitation to a collaboration meeting and reply' },
  description: {
    da: 'Det er den koordinerende sagsbehandler der indkalder til samarbejdsmøderne, både internt og eksternt. Ved indkaldelsen er vedhæftet en dagsorden, som er udarbejdet af den koordinerende sagsbehandler i samarbejde med borgeren.',
    en: 'The coordinating caseworker calls the collaboration meetings, both internally and externally. An agenda, prepared by the coordinating caseworker together with the citizen, is attached to the invitation.',
  },
  source: 'Sorø: Samarbejdsmodel, PIXI metodehåndbog 2017, Bilag 1 Indkalderbrev, Bilag 2 Opfølgingsbrev, Bilag 4-5 Dagsordener',
  subject: 'CITIZEN',
  filledBy: ['AUTHORITY'],
  sections: [
    {
      id: 'invitation',
      title: { da: 'Indkaldelse', en: 'Invitation' },
      filledBy: ['AUTHORITY'],
      items: [
        {
          id: 'letterKind',
          type: 'singleChoice',
          label: { da: 'Brev', en: 'Letter' },
          required: true,
          options: [
            { value: 'FIRST', label: { da: 'Indkalderbrev (første samarbejdsmøde)', en: 'Invitation letter (first collaboration meeting)' } },
            { value: 'FOLLOW_UP', label: { da: 'Opfølgingsbrev (2. eller 3. samarbejdsmøde)', en: 'Follow-up letter (2nd or 3rd collaboration meeting)' } },
          ],
        },
        {
          id: 'meetingNumber',
          type: 'number',
          label: { da: 'Det er nu ved at være tid til samarbejdsmøde nr.', en: 'It is now nearly time for collaboration meeting no.' },
          required: true,
          integer: true,
          min: 2,
          max: 12,
          enableWhen: [{ item: 'letterKind', operator: 'equals', value: 'FOLLOW_UP' }],
        },
        {
          id: 'citizenName',
          type: 'display',
          label: { da: 'Navn', en: 'Name' },
          text: { da: 'Borgerens navn hentes fra borgerens sag.', en: "The citizen's name comes from the citizen's case." },
          subjectField: 'citizen.name',
        },
        {
          id: 'citizenCpr',
          type: 'display',
          label: { da: 'CPR. NR.', en: 'CPR number' },
          text: {
            da: 'CPR-nummeret hentes fra borgerens sag. Husk at der ikke må fremgå personfølsomme oplysninger af en mødekalender.',
            en: "The CPR number comes from the citizen's case. Remember that no sensitive personal data may appear in a meeting calendar.",
          },
          subjectField: 'citizen.cpr',
        },
        {
          id: 'letterIntro',
          type: 'display',
          label: { da: 'Kære samarbejdspartner', en: 'Dear partner' },
          text: {
            da: 'Sorø Kommune ønsker at samle et team omkring borgeren, som via deltagelse i et samarbejdsmøde hver 3. eller 4. måned kan hjælpe borgeren med en god plan for fremtiden. Den koordinerende sagsbehandler har i samråd med borgeren besluttet, hvem der er relevante i et sådant team, og du/I vurderes at være vigtige i teamet.',
            en: "Sorø Municipality wants to gather a team around the citizen which, by taking part in a collaboration meeting every 3 or 4 months, can help the citizen make a good plan for the future. The coordinating caseworker has decided with the citizen who is relevant in such a team, and you are considered important in it.",
          },
        },
        {
          id: 'meetingDate',
          type: 'date',
          label: { da: 'Du/I indkaldes til samarbejdsmøde den', en: 'You are invited to a collaboration meeting on' },
          required: true,
        },
        {
          id: 'meetingTime',
          type: 'text',
          label: { da: 'Kl.', en: 'Time' },
          help: { da: 'Fx kl. 13.00-14.30. Et samarbejdsmøde varer ca. 1½ time.', en: 'E.g. 13.00-14.30. A collaboration meeting lasts about 1½ hours.' },
          required: true,
          maxLength: 50,
        },
        {
          id: 'place',
          type: 'text',
          label: { da: 'Sted', en: 'Place' },
          help: { da: 'Fx Sorø Kommune, mødelokale 2. sal, Rådhusvej 8, 4180 Sorø.', en: 'E.g. Sorø Municipality, meeting room 2nd floor, Rådhusvej 8, 4180 Sorø.' },
          required: true,
          maxLength: LIMITS.shortTextLength,
        },
        {
          id: 'citizenWishes',
          type: 'longText',
          label: { da: 'Borgeren ønsker hjælp til at', en: 'The citizen wants help to' },
          help: {
            da: 'De punkter, som borgeren ønsker, at teamet drøfter.',
            en: 'The points the citizen wants the team to discuss.',
          },
          required: true,
        },
        {
          id: 'agenda',
          type: 'group',
          label: { da: 'Dagsorden for mødet', en: 'Agenda of the meeting' },
          help: {
            da: 'Første møde: velkomst og gensidig præsentation; borgers ønsker; bordet rundt (fagpersoners og netværkets vurdering af borgerens ønsker); opsummering – fælles delmål; bordet rundt (hvad kan borgeren, netværket og fagpersonerne gøre); afslutning (hvem har ansvaret for hvad til næste møde; mål og aftaleskema udskrives og underskrives). Opfølgningsmøder begynder med opfølgning på mål og aftaleskema fra sidste møde.',
            en: "First meeting: welcome and introductions; the citizen's wishes; round the table (the professionals' and the network's view of the citizen's wishes); summary – shared sub-goals; round the table (what can the citizen, the network and the professionals do); closing (who is responsible for what by the next meeting; the goals and agreements form is printed and signed). Follow-up meetings start with following up the goals and agreements form of the last meeting.",
          },
          entryLabel: { da: 'Punkt', en: 'Item' },
          required: true,
          minCount: 1,
          maxCount: 20,
          items: [
            { id: 'agendaTime', type: 'text', label: { da: 'Kl.', en: 'Time' }, maxLength: 20 },
            { id: 'agendaTopic', type: 'text', label: { da: 'Punkt', en: 'Item' }, required: true, maxLength: LIMITS.shortTextLength },
            { id: 'agendaDetails', type: 'longText', label: { da: 'Indhold', en: 'Content' }, maxLength: 2000 },
          ],
        },
        {
          id: 'invitees',
          type: 'participants',
          label: { da: 'Indkaldte', en: 'Invited' },
          help: {
            da: 'Relevante fagpersoner og eventuelle andre for borgeren relevante personer, udvalgt sammen med borgeren.',
            en: 'Relevant professionals and any other people who matter to the citizen, chosen together with the citizen.',
          },
          required: true,
          minCount: 1,
          maxCount: LIMITS.maxListItems,
        },
        {
          id: 'goalsFormNote',
          type: 'display',
          label: { da: 'Mål- og aftaleskema', en: 'Goals and agreements form' },
          text: { da: 'Mål- og aftaleskema udfyldes på mødet og udleveres.', en: 'The goals and agreements form is filled in at the meeting and handed out.' },
        },
        {
          id: 'replyToName',
          type: 'text',
          label: { da: 'Din besvarelse kan gives til socialrådgiver', en: 'Your reply can be given to social worker' },
          required: true,
          maxLength: LIMITS.nameLength,
        },
        {
          id: 'replyToPhone',
          type: 'text',
          label: { da: 'på tlf.', en: 'on phone' },
          required: true,
          maxLength: 40,
        },
        {
          id: 'replyToEmail',
          type: 'text',
          label: { da: 'eller e-mail', en: 'or e-mail' },
          required: true,
          maxLength: LIMITS.emailLength,
        },
      ],
    },
    {
      id: 'replySection',
      title: { da: 'Tilmelding/afmelding', en: 'Reply' },
      description: {
        da: 'Du/I bedes besvare et af nedenstående udsagn for at tilmelde/afmelde til mødet.',
        en: 'Please answer with one of the statements below to accept or decline the meeting.',
      },
      // The invited partners: providers and staff of the municipality's other departments.
      filledBy: ['PROVIDER', 'AUTHORITY'],
      items: [
        {
          id: 'respondentName',
          type: 'text',
          label: { da: 'Navn', en: 'Name' },
          required: true,
          maxLength: LIMITS.nameLength,
        },
        {
          id: 'respondentOrganization',
          type: 'text',
          label: { da: 'Arbejdssted og funktion', en: 'Workplace and role' },
          required: true,
          maxLength: LIMITS.nameLength,
        },
        {
          id: 'reply',
          type: 'singleChoice',
          label: { da: 'Svar', en: 'Reply' },
          required: true,
          options: MEETING_REPLY_OPTIONS,
        },
        {
          id: 'attendees',
          type: 'participants',
          label: { da: 'Hvem deltager?', en: 'Who will attend?' },
          required: true,
          minCount: 1,
          maxCount: 5,
          enableWhen: [{ item: 'reply', operator: 'equals', value: 'ATTEND' }],
        },
        {
          id: 'noteDueDate',
          type: 'date',
          label: { da: 'Notatet sendes til den koordinerende sagsbehandler senest', en: 'The note will be sent to the coordinating caseworker by' },
          required: true,
          enableWhen: [{ item: 'reply', operator: 'equals', value: 'SEND_NOTE' }],
        },
        {
          id: 'alternativeDates',
          type: 'longText',
          label: { da: 'Hvilke andre datoer kan du/I deltage?', en: 'On which other dates can you attend?' },
          help: {
            da: 'Hvis det ikke er muligt at flytte mødet, sender du/I i stedet et notat til den koordinerende sagsbehandler med relevante oplysninger omkring sagen.',
            en: 'If the meeting cannot be moved, you send a note with relevant information on the case to the coordinating caseworker instead.',
          },
          required: true,
          maxLength: 2000,
          enableWhen: [{ item: 'reply', operator: 'equals', value: 'OTHER_DATE' }],
        },
        {
          id: 'notRelevantReason',
          type: 'longText',
          label: { da: 'Evt. begrundelse', en: 'Reason, if any' },
          maxLength: 2000,
          enableWhen: [{ item: 'reply', operator: 'equals', value: 'NOT_RELEVANT' }],
        },
        {
          id: 'repliedOn',
          type: 'date',
          label: { da: 'Dato', en: 'Date' },
          required: true,
        },
      ],
    },
  ],
};
