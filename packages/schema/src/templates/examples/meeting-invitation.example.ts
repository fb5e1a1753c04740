import type { Answers } from '../../forms/types.js';

/**
 * The follow-up letter (Sorø Bilag 2) for an invented citizen's second collaboration meeting, with the
 * follow-up agenda (Bilag 5), and the reply of the citizen's mentor, who will attend.
 */
export const completeAnswers: Answers = {
  letterKind: 'FOLLOW_UP',
  meetingNumber: 2,
  meetingDate: '2026-09-08',
  meetingTime: 'kl. 13.00-14.30',
  place: 'Sorø Kommune, mødelokale 2. sal, Rådhusvej 8, 4180 Sorø',
  citizenWishes: 'få styr på min huslejerestance og finde en praktik, hvor jeg kan starte med få timer.',
  agenda: [
    { agendaTime: '13.00', agendaTopic: 'Velkomst og gensidig præsentation' },
    {
      agendaTime: '13.10',
      agendaTopic: 'Opfølgning på mål og aftaleskema fra sidste møde',
      agendaDetails: 'Gennemgang og status i forhold til mål- og aftaleskemaet, samt de punkter som borgeren ønsker, at teamet drøfter.',
    },
    { agendaTime: '13.30', agendaTopic: 'Bordet rundt', agendaDetails: 'Fagpersoners og netværkets vurdering af ønsker og behov for støtte.' },
    { agendaTime: '13.55', agendaTopic: 'Opsummering - fælles delmål' },
    {
      agendaTime: '14.05',
      agendaTopic: 'Bordet rundt',
      agendaDetails: 'Hvad kan jeg selv gøre? Hvad kan netværket gøre? Hvad kan fagpersonerne gøre?',
    },
    {
      agendaTime: '14.20',
      agendaTopic: 'Afslutning',
      agendaDetails: 'Hvem har ansvaret for hvad til næste møde? Mål og aftaleskema med aftaler udskrives og underskrives.',
    },
  ],
  invitees: [
    { name: 'Lene Dahl', role: 'Virksomhedskonsulent', organization: 'Jobcenter Sorø' },
    { name: 'Karsten Vinther', role: 'Sagsbehandler', organization: 'Social og Sundhed, Sorø Kommune' },
    { name: 'Hanne Kjær', role: 'Mentor', organization: 'Mentorkorpset Sorø' },
    { name: 'Susanne Brix', role: 'Sygeplejerske', organization: 'Distriktspsykiatrien Slagelse' },
  ],
  replyToName: 'Maja Thorsen',
  replyToPhone: '57 87 62 14',
  replyToEmail: 'majth@soroe.dk',
  respondentName: 'Hanne Kjær',
  respondentOrganization: 'Frivillig mentor, Mentorkorpset Sorø',
  reply: 'ATTEND',
  attendees: [{ name: 'Hanne Kjær', role: 'Mentor', organization: 'Mentorkorpset Sorø' }],
  repliedOn: '2026-08-24',
};
