import type { Texts } from '../../i18n/language.js';
import type { LoginErrorCode } from './login-error.js';

/** What went wrong at the login, for the person logging in: a heading and what to do. */
export const LOGIN_ERROR_TEXTS: Texts<Record<LoginErrorCode, { heading: string; text: string }>> = {
  da: {
    unavailable: { heading: 'Login kan ikke nås lige nu', text: 'Treklang kunne ikke få kontakt til login-tjenesten. Prøv igen om lidt; sker det igen, så kontakt din it-afdeling.' },
    state: {
      heading: 'Login blev afvist af sikkerhedshensyn',
      text: 'Svaret fra login-tjenesten hører ikke til et login, der er startet i dette vindue. Det sker, hvis linket er gammelt, er åbnet i en anden fane eller er blevet ændret. Du er ikke logget ind. Start forfra.',
    },
    denied: { heading: 'Login blev afbrudt', text: 'Login-tjenesten har ikke givet adgang: enten blev login annulleret, eller din bruger har ikke adgang til Treklang. Prøv igen, eller kontakt din administrator.' },
    provider: { heading: 'Login-tjenesten meldte en fejl', text: 'Login kunne ikke gennemføres hos login-tjenesten. Prøv igen; sker det igen, så kontakt din it-afdeling.' },
    token: { heading: 'Login kunne ikke afsluttes', text: 'Treklang kunne ikke hente dit login hos login-tjenesten. Du er ikke logget ind. Prøv igen.' },
    'id-token': { heading: 'Login blev afvist af sikkerhedshensyn', text: 'Svaret fra login-tjenesten passer ikke til dette login. Du er ikke logget ind. Prøv igen.' },
    rejected: { heading: 'Din bruger findes ikke i Treklang', text: 'Du er logget ind hos login-tjenesten, men Treklang har ingen bruger, der passer til dit login. Kontakt din administrator for at blive oprettet.' },
    locked: { heading: 'Kontoen er midlertidigt låst', text: 'Der har været for mange mislykkede login-forsøg på din konto. Vent lidt, og prøv igen.' },
  },
  en: {
    unavailable: { heading: 'The login cannot be reached right now', text: 'Treklang could not reach the login service. Try again shortly; if it happens again, contact your IT department.' },
    state: {
      heading: 'The login was refused for security reasons',
      text: 'The answer from the login service does not belong to a login started in this window. That happens when the link is old, was opened in another tab or was altered. You are not logged in. Start again.',
    },
    denied: { heading: 'The login was cancelled', text: 'The login service did not grant access: either the login was cancelled or your user has no access to Treklang. Try again or contact your administrator.' },
    provider: { heading: 'The login service reported an error', text: 'The login could not be completed at the login service. Try again; if it happens again, contact your IT department.' },
    token: { heading: 'The login could not be completed', text: 'Treklang could not fetch your login from the login service. You are not logged in. Try again.' },
    'id-token': { heading: 'The login was refused for security reasons', text: 'The answer from the login service does not match this login. You are not logged in. Try again.' },
    rejected: { heading: 'Your user does not exist in Treklang', text: 'You are logged in at the login service, but Treklang has no user matching your login. Contact your administrator to be added.' },
    locked: { heading: 'The account is locked for a while', text: 'There have been too many failed logins on your account. Wait a little and try again.' },
  },
};
