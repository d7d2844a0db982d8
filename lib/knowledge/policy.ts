/**
 * Dated NHSmail policies: account inactivity and retention, passwords, the MFA timeline, what counts as activity
 * and how a deleted account is restored. Facts: docs/sources.md §1 and §2. Conflicts resolved as C1, C9 and C10.
 */
import type {
  ActivityKind,
  ActivityKindInput,
  DeepReadonly,
  InactivityPolicyInput,
  MfaEvent,
  MfaEventInput,
  PasswordPolicyInput,
  RestoreRouteInput,
  RestrictedPasswordPolicyInput,
  RetentionRule,
  RetentionRuleInput,
} from './schema.ts';

// ---------------------------------------------------------------------------------------------------------------
// Inactivity (C1: 30/60/90 from 1 December 2022 wins over the older 90/90)
// ---------------------------------------------------------------------------------------------------------------

/** The current policy. Days count from the last qualifying activity. */
export const INACTIVITY_POLICY = {
  id: 'inactivity-2022-12',
  effectiveFrom: '2022-12-01',
  effectiveUntil: null,
  inactiveAfterDays: 30,
  deletedAfterDays: 60,
  goneAfterDays: 90,
  note: 'Inactive at 30 days and deleted at 60 days. The 90 is derived: deleted at 60 plus 30 days in which the account can be restored. No source states 90 directly.',
  source: [
    {
      ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/',
      note: 'LA communication, 24 November 2022',
    },
    { ref: 'https://support.nhs.net/knowledge-base/local-administrator-la-bulletin-19-december-2022/' },
    { ref: 'S000' },
    { ref: 'S001' },
    { ref: 'S003', note: '60 days from the last activity, then 30 days to restore' },
  ],
  reviewed: '2026-11-23',
} as const satisfies InactivityPolicyInput;

/** The policy before 1 December 2022, for "what changed" text. */
export const INACTIVITY_POLICY_BEFORE_DEC_2022 = {
  id: 'inactivity-before-2022-12',
  effectiveFrom: null,
  effectiveUntil: '2022-11-30',
  inactiveAfterDays: 90,
  deletedAfterDays: 180,
  goneAfterDays: null,
  note: 'Inactive after 90 days and deleted after a further 90. How long a deleted account could then be restored is not settled: 30 days from deletion in a February 2021 bulletin; up to 6 months, case by case, in a February 2020 dental source.',
  source: [
    { ref: 'S001' },
    { ref: 'S004', note: 'Updated 20/08/2021; out of date since 1 December 2022' },
    { ref: 'https://locsu.co.uk/nhs-mail-in-england-important-reminder-from-the-information-and-it-committee' },
    { ref: 'https://hiowldc.org/2023/05/keeping-your-nhsmail-active', note: 'Total 180 days, being reduced to 30' },
    { ref: 'https://support.nhs.net/knowledge-base/national-administration-service-nas-bulletin-february-2021/' },
    { ref: 'https://hiowldc.org/2020/02/inactive-nhsmail-user-accounts-amongst-dentists' },
  ],
  reviewed: '2026-11-23',
} as const satisfies InactivityPolicyInput;

/** Every inactivity policy, oldest first. The last one is current. */
export const INACTIVITY_POLICIES = [INACTIVITY_POLICY_BEFORE_DEC_2022, INACTIVITY_POLICY] as const;

// ---------------------------------------------------------------------------------------------------------------
// Other retention rules
// ---------------------------------------------------------------------------------------------------------------

export const LEAVER_RULE = {
  id: 'leaver-deleted-after-30-days',
  label: 'Leavers',
  amount: 30,
  unit: 'days',
  description:
    'An account marked as a leaver is deleted after 30 days unless a new organisation marks it as a joiner. Shared mailbox transfers between sponsoring organisations have the same 30 days.',
  source: [
    { ref: 'S004' },
    { ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives' },
  ],
  reviewed: '2026-11-23',
} as const satisfies RetentionRuleInput;

export const DISABLED_ACCOUNT_RULE = {
  id: 'disabled-account-18-months',
  label: 'Disabled accounts (long-term leave)',
  amount: 18,
  unit: 'months',
  description:
    'A disabled account counts as inactive but stays on the platform for up to 18 months with no activity needed.',
  source: [
    { ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/' },
    { ref: 'https://support.nhs.net/knowledge-base/disabling-a-user-account/', note: 'Updated 29/06/2022' },
  ],
  reviewed: '2026-11-23',
} as const satisfies RetentionRuleInput;

export const NEW_ACCOUNT_RULE = {
  id: 'new-account-inactive-within-30-days',
  label: 'New accounts not yet set up',
  amount: 30,
  unit: 'days',
  description:
    'A new account whose user has not accepted the Acceptable Use Policy or set security questions becomes inactive within 30 days of creation.',
  source: [{ ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/' }],
  reviewed: '2026-11-23',
} as const satisfies RetentionRuleInput;

export type RetentionRuleEntry = DeepReadonly<RetentionRule>;
export const RETENTION_RULES: readonly RetentionRuleEntry[] = [LEAVER_RULE, DISABLED_ACCOUNT_RULE, NEW_ACCOUNT_RULE];

// ---------------------------------------------------------------------------------------------------------------
// What counts as activity (official wording, 24 November 2022)
// ---------------------------------------------------------------------------------------------------------------

const ACTIVITY_SOURCE = [{ ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/' }] as const;

const ACTIVITY_KIND_DATA = [
  {
    id: 'portal-sign-in',
    officialLabel: 'Logging into the NHSmail portal',
    label: 'Signing in to the NHSmail portal',
    source: ACTIVITY_SOURCE,
    reviewed: '2026-11-23',
  },
  {
    id: 'office-365-app-sign-in',
    officialLabel: 'Logging into an NHSmail shared tenant O365 application (e.g., Teams)',
    label: 'Signing in to an NHSmail Microsoft 365 app, such as Teams',
    source: [...ACTIVITY_SOURCE, { ref: 'S000', note: 'Log into O365 application' }, { ref: 'S001' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'office-365-app-use',
    officialLabel: 'Use of O365 applications (e.g., Outlook with cached credentials)',
    label: 'Using Microsoft 365 apps, such as Outlook, while signed in',
    source: [...ACTIVITY_SOURCE, { ref: 'S003', note: 'Access via other platforms like Outlook' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'send-email',
    officialLabel: 'Sending an email',
    label: 'Sending an email',
    source: ACTIVITY_SOURCE,
    reviewed: '2026-11-23',
  },
] as const satisfies readonly ActivityKindInput[];

export type ActivityKindEntry = DeepReadonly<ActivityKind>;
export type ActivityKindId = (typeof ACTIVITY_KIND_DATA)[number]['id'];
/** The four kinds of activity that keep an account active; at least one every 30 days. */
export const ACTIVITY_KINDS: readonly ActivityKindEntry[] = ACTIVITY_KIND_DATA;

// ---------------------------------------------------------------------------------------------------------------
// Restoring a deleted account
// ---------------------------------------------------------------------------------------------------------------

export const RESTORE_ROUTE = {
  id: 'restore-deleted-account',
  withinDaysOfDeletion: 30,
  who: 'The shared mailbox owner (or your local administrator, if your organisation has one)',
  sendFrom: "The site's shared mailbox",
  contactIds: ['nas-helpdesk', 'nhsmail-helpdesk'],
  include: ['The deleted email address', "The deleted user's mobile number"],
  ifNotRestorable: 'The user applies for a new account.',
  sectorNotes: {
    'social-care':
      "If nobody can reach the shared mailbox, call the NAS on 0333 200 1133 from the site's CQC-registered telephone.",
    pharmacy: "If nobody can reach the shared mailbox, call the NAS from the pharmacy's phone.",
    dental: 'If nobody can reach the shared mailbox, call the NAS from the practice phone.',
    optometry: 'If nobody can reach the shared mailbox, email the NAS.',
  },
  source: [
    { ref: 'S004', note: 'Restore up to 30 days from deletion; email from the shared mailbox' },
    { ref: 'S003', note: 'Shared mailbox owner, deleted address and mobile number' },
    { ref: 'https://support.nhs.net/knowledge-base/starter-guide-for-social-care-providers' },
  ],
  reviewed: '2026-11-23',
} as const satisfies RestoreRouteInput;

// ---------------------------------------------------------------------------------------------------------------
// Passwords
// ---------------------------------------------------------------------------------------------------------------

export const PASSWORD_POLICY = {
  id: 'password-2019-05',
  effectiveFrom: '2019-05-23',
  minLength: 10,
  historyCount: 4,
  validDays: 365,
  noName: true,
  noSpaces: true,
  reminderDaysBefore: [18, 10, 5, 2, 1],
  rules: [
    'At least 10 characters, with no spaces',
    'Not one of your previous 4 passwords',
    'Must not contain your first name or last name',
    'Not a common password, such as Password123',
    'Not a password known to have been breached',
  ],
  source: [
    { ref: 'https://support.nhs.net/?p=15324', note: 'Last reviewed 27/07/2023' },
    { ref: 'https://support.nhs.net/2019/05/introducing-the-new-and-improved-nhsmail-password-policy' },
  ],
  reviewed: '2026-11-23',
} as const satisfies PasswordPolicyInput;

/** Applied from 2 September 2024 to users who had not registered for MFA. */
export const RESTRICTED_PASSWORD_POLICY = {
  id: 'restricted-2024-09',
  effectiveFrom: '2024-09-02',
  minLength: 20,
  validDays: 90,
  persistentSessions: false,
  reauthenticateEveryHours: 8,
  appliesTo: 'Users who had not registered for MFA by 2 September 2024',
  note: 'Whether this restricted group still exists now that MFA is mandatory is not confirmed.',
  source: [
    { ref: 'S002' },
    { ref: 'https://surreycare.org.uk/news/nhs-mail-multi-factor-authentication-go-live' },
    {
      ref: 'https://myconnect.swbh.nhs.uk/news/are-you-enroled-to-mfa-five-week-countdown',
      note: 'Every eight hours (5 September 2024)',
    },
  ],
  reviewed: '2026-11-23',
} as const satisfies RestrictedPasswordPolicyInput;

// ---------------------------------------------------------------------------------------------------------------
// MFA timeline (C9, C10)
// ---------------------------------------------------------------------------------------------------------------

const MFA_TIMELINE_DATA = [
  {
    id: 'mfa-new-accounts-non-pods',
    date: '2023-10-05',
    dateLabel: '5 October 2023',
    weekCommencing: false,
    title: 'MFA on by default for new accounts',
    detail:
      'All new accounts get MFA by default, excluding PODS users. A new user accepts the Acceptable Use Policy and sets an account secret, is signed out, and registers for MFA at the next sign-in. An NHS Digital bulletin gives 2 October 2023 and describes the exclusion as pharmacy, optometry, dentistry and social care users.',
    sourceWeight: 'official',
    source: [
      { ref: 'https://support.nhs.net/2023/10/information-mfa-on-for-new-nhsmail-users-as-default/' },
      {
        ref: 'https://support.nhs.net/knowledge-base/important-information-multi-factor-authentication-mfa-applied-for-new-nhsmail-users-from-5-october',
      },
      { ref: 'https://ihcpro.co.uk/2023/09/25', note: 'Gives 2 October 2023; the support.nhs.net date is preferred' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'mfa-new-nas-accounts',
    date: '2024-07-29',
    dateLabel: 'Week commencing 29 July 2024',
    weekCommencing: true,
    title: 'MFA on by default for new NAS accounts',
    detail: 'New accounts created for organisations the NAS manages get MFA by default.',
    sourceWeight: 'official',
    source: [{ ref: 'S002', note: 'NHS South West Collaborative Commissioning Hub' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'mfa-registration-prompt',
    date: '2024-08-19',
    dateLabel: '19 August 2024',
    weekCommencing: false,
    title: 'Prompt to register for MFA',
    detail:
      'All existing accounts see a pop-up at sign-in asking them to register an MFA method. It can be snoozed for 14 days.',
    sourceWeight: 'official',
    snoozeDays: 14,
    source: [{ ref: 'S002' }, { ref: 'https://nwknowledgenow.nhs.uk/?p=5347' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'mfa-restricted-policy',
    date: '2024-09-02',
    dateLabel: '2 September 2024',
    weekCommencing: false,
    title: 'Restricted policy for users without MFA',
    detail:
      'Users who had not registered were moved to a restricted policy: a new password of at least 20 characters, expiring every 90 days, no persistent sessions and signing in again every 8 hours.',
    sourceWeight: 'official',
    source: [
      { ref: 'S002' },
      { ref: 'https://surreycare.org.uk/news/nhs-mail-multi-factor-authentication-go-live' },
      { ref: 'https://myconnect.swbh.nhs.uk/news/are-you-enroled-to-mfa-five-week-countdown' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'mfa-account-secret-campaign',
    date: '2025-02-03',
    dateLabel: '3 February 2025',
    weekCommencing: false,
    title: 'Account secret required at sign-in',
    detail:
      'Users without an account secret must set one at their next sign-in to the portal before they can use portal services.',
    sourceWeight: 'sector',
    source: [{ ref: 'https://linca.graphicgeneweb.co.uk/digital-resource/nhsmail' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'mfa-mandatory',
    date: '2025-03-26',
    dateLabel: '26 March 2025',
    weekCommencing: false,
    title: 'MFA mandatory',
    detail:
      'Users not enrolled in MFA lose access to NHSmail and its Microsoft 365 services until they enrol. The date comes from a sector source; no official page confirming it was found.',
    sourceWeight: 'sector',
    source: [
      { ref: 'https://hcpa.info/digital/important-nhsmail-multi-factor-authentication-mfa' },
      {
        ref: 'https://cpe.org.uk/our-news/reminder-mandatory-nhsmail-multi-factor-authentication-for-all-users/',
        note: 'Undated; MFA becoming mandatory for all users',
      },
    ],
    reviewed: '2026-11-23',
  },
] as const satisfies readonly MfaEventInput[];

export type MfaEventEntry = DeepReadonly<MfaEvent>;
/** MFA events in date order. */
export const MFA_TIMELINE: readonly MfaEventEntry[] = MFA_TIMELINE_DATA;
