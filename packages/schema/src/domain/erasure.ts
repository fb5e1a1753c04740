/** The word eraseCitizen asks for, to confirm that an anonymisation cannot be undone (server and web app alike). */
export const ERASURE_CONFIRMATION = 'ANONYMISER';
