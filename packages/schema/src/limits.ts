/** Length and count limits shared by the API, the database columns and the forms. */
export const LIMITS = {
  nameLength: 200,
  shortTextLength: 500,
  longTextLength: 20_000,
  emailLength: 254,
  maxGoalsPerContract: 3,
  maxSubGoalsPerGoal: 20,
  maxListItems: 50,
  maxPageSize: 100,
  defaultPageSize: 20,
  /** An API token's name. */
  apiTokenNameLength: 100,
  /** An API token is valid for at most this many days; the integrator asks for a new one before it runs out. */
  apiTokenMaxDays: 366,
} as const;
