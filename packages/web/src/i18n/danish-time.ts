import { formatDateTime } from '@treklang/schema';

/*
 * Every date and time shown to a user is Danish time, whatever the browser's own time zone. The formatter lives in
 * @treklang/schema, where the server uses it for the dates it writes into texts (deadlines), so both agree.
 */
export { danishClock, danishInstant, danishParts, formatDate, formatDateTime } from '@treklang/schema';

/** A meeting's time for people in Denmark (the name follow-up pages use for formatDateTime). */
export const formatMeetingTime = formatDateTime;
