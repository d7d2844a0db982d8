/**
 * Support contacts. National contacts from docs/sources.md §6.1–6.4; local examples from §6.5.
 * Conflicts: helpdesk@nhs.net / 0333 200 1133 is the primary NAS route and the sector mailboxes are dated older
 * routes (C5); dentistadmin@nhs.net, never any other spelling (C6); NHSBSA is pao-support@nhsbsa.nhs.uk (C4);
 * ODS help newer first (C7).
 */
import type { ContactInput, Contact, DeepReadonly, LocalContact, NeedId, SectorId } from './schema.ts';

const CONTACT_DATA = [
  // ---------------------------------------------------------------------------------------------------------------
  // National helpdesk and NAS
  // ---------------------------------------------------------------------------------------------------------------
  {
    id: 'nhsmail-helpdesk',
    name: 'NHSmail helpdesk',
    purpose: 'Password resets, unlocking accounts and regaining access to an existing account.',
    phone: { display: '0333 200 1133', tel: '03332001133' },
    email: 'helpdesk@nhs.net',
    url: 'https://support.nhs.net/contact/',
    hours: { kind: 'always' },
    ivr: ['Choose option 1: unable to access your account.', 'Then choose option 1 again: password reset.'],
    haveReady: [
      'Your NHSmail email address',
      'The mobile number linked to your account',
      'Characters from your security answers or account secret, if you set them',
    ],
    needIds: ['password-locked', 'account-inactive-deleted', 'have-account', 'mfa', 'reset-details', 'leaving'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    note: 'The phone menu may have changed. An older guide says that after option 1 you choose your organisation type, then option 1 for an agent, who can also help with adding users and restoring a deleted account. To have a password sent to a different mobile, the shared mailbox must send a confirmation email.',
    source: [
      { ref: 'S003', note: 'Option 1, then option 1 again for a password reset' },
      { ref: 'S004', note: 'Menu, what to have ready, 24/7' },
      { ref: 'S000' },
      { ref: 'S001' },
      { ref: 'https://support.nhs.net/?p=15324', note: 'Password policy page, last reviewed 27/07/2023' },
      { ref: 'https://support.nhs.net/knowledge-base/unlocking-your-account/', note: '27/07/2023' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nas-helpdesk',
    name: 'National Administration Service (NAS), through the NHSmail helpdesk',
    purpose:
      'Requests for organisations the NAS manages: adding or removing users, restoring deleted accounts, leavers and joiners, and shared mailbox changes.',
    email: 'helpdesk@nhs.net',
    hours: { kind: 'weekdays', open: '09:00', close: '17:00', excludesBankHolidays: true },
    needIds: [
      'add-remove-user',
      'account-inactive-deleted',
      'have-account',
      'apply',
      'leaving',
      'shared-mailbox-owner',
      'long-leave',
    ],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    seenDate: '2026-04-22',
    note: "Send requests from your site's shared mailbox. The helpdesk phone line, 0333 200 1133, is open 24 hours a day and handles simple tasks such as password resets out of hours.",
    source: [
      {
        ref: 'https://support.nhs.net/knowledge-base/unlocking-your-account/',
        note: 'NAS users contact the helpdesk directly (27/07/2023)',
      },
      { ref: 'S002', note: 'Email helpdesk@nhs.net from the practice shared mailbox (2024)' },
      { ref: 'S003' },
      { ref: 'S004', note: 'NAS hours 9am to 5pm Monday to Friday, excluding bank holidays' },
      { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/', note: 'Updated 22 April 2026' },
      { ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nas-pharmacy-older',
    name: 'NAS pharmacy mailbox (older route)',
    purpose: 'Older route for NAS requests from community pharmacies and dispensing appliance contractors.',
    email: 'pharmacyadmin@nhs.net',
    hours: { kind: 'weekdays', open: '09:00', close: '17:00', excludesBankHolidays: true },
    needIds: ['add-remove-user', 'account-inactive-deleted', 'have-account'],
    sectorIds: ['pharmacy'],
    scope: 'national',
    status: 'older',
    seenDate: '2020',
    note: "Community Pharmacy England's FAQ (April 2026) now sends pharmacy queries to helpdesk@nhs.net.",
    source: [
      { ref: 'https://cpderbyshire.org.uk/our-news/nhs-mail/', note: 'About 2017 to 2020' },
      {
        ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/',
        note: 'Newer route: helpdesk@nhs.net',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nas-dental-older',
    name: 'NAS dental mailbox (older route)',
    purpose: 'Older route for NAS requests from dental practices.',
    email: 'dentistadmin@nhs.net',
    hours: { kind: 'weekdays', open: '09:00', close: '17:00', excludesBankHolidays: true },
    needIds: ['add-remove-user', 'account-inactive-deleted', 'have-account'],
    sectorIds: ['dental'],
    scope: 'national',
    status: 'older',
    seenDate: '2022-07-04',
    source: [
      {
        ref: 'https://support.nhs.net/knowledge-base/local-administration-responsibilities/',
        note: 'Reviewed 16/09/2021, updated 04/07/2022',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nas-social-care-older',
    name: 'NAS social care mailbox (older route)',
    purpose: 'Older route for NAS requests from social care providers, such as adding or removing users.',
    email: 'careadmin@nhs.net',
    hours: { kind: 'weekdays', open: '09:00', close: '17:00', excludesBankHolidays: true },
    needIds: ['add-remove-user', 'account-inactive-deleted', 'have-account'],
    sectorIds: ['social-care'],
    scope: 'national',
    status: 'older',
    seenDate: '2022-02-23',
    source: [
      {
        ref: 'https://www.northeastlondonhcp.nhs.uk/care-providers/digital-support-and-solutions/nhs-mail/',
        note: '23/02/2022',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nas-optometry-older',
    name: 'NAS optometry mailbox (older route)',
    purpose: 'Older route for NAS requests from optometry practices, including a new account after deletion.',
    email: 'optomadmin@nhs.net',
    hours: { kind: 'weekdays', open: '09:00', close: '17:00', excludesBankHolidays: true },
    needIds: ['add-remove-user', 'account-inactive-deleted', 'have-account'],
    sectorIds: ['optometry'],
    scope: 'national',
    status: 'older',
    seenDate: '2022-12-01',
    note: 'Newer optometry guidance (2024) uses helpdesk@nhs.net.',
    source: [
      { ref: 'S001' },
      {
        ref: 'https://locsu.co.uk/nhs-mail-in-england-important-reminder-from-the-information-and-it-committee',
        note: '1 December 2022',
      },
      {
        ref: 'https://www.aop.org.uk/our-voice/aop-news/2022/12/01/nhs-mail-reminder-from-the-information-and-it-committee',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nas-gp-locum-older',
    name: 'GP Locum support team (older route)',
    purpose: 'Older route for NAS requests from GP locums.',
    email: 'locumadmin@nhs.net',
    url: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-gp-locums',
    hours: { kind: 'weekdays', open: '09:00', close: '17:00', excludesBankHolidays: true },
    needIds: ['add-remove-user', 'account-inactive-deleted', 'have-account'],
    sectorIds: ['gp-locum'],
    scope: 'national',
    status: 'older',
    seenDate: '2022',
    note: 'The GP locum FAQ is undated. Sector mailboxes were seen from 2017 to 2022; newer guidance sends NAS users to helpdesk@nhs.net.',
    source: [{ ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-gp-locums' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'independent-midwives-regional-lead',
    name: 'Deputy regional maternity lead (independent midwives)',
    purpose: 'Independent midwives moving to a new organisation.',
    email: 'england.indmidwives@nhs.net',
    hours: { kind: 'unknown' },
    needIds: ['have-account'],
    sectorIds: ['independent-midwife'],
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'independent-midwives-faq',
    name: 'Independent midwives FAQ',
    purpose: 'NHSmail questions and answers for independent midwives, including leavers and joiners.',
    url: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives',
    hours: { kind: 'always' },
    needIds: ['apply', 'have-account'],
    sectorIds: ['independent-midwife'],
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives' },
    ],
    reviewed: '2026-11-23',
  },

  // ---------------------------------------------------------------------------------------------------------------
  // NHSBSA (optometry)
  // ---------------------------------------------------------------------------------------------------------------
  {
    id: 'nhsbsa-pao-support',
    name: 'NHSBSA Provider Assurance support',
    purpose: 'Optometry: NHSmail authentication codes and Egress accounts.',
    email: 'pao-support@nhsbsa.nhs.uk',
    hours: { kind: 'unknown' },
    needIds: ['nhsbsa-code', 'egress', 'apply', 'have-account'],
    sectorIds: ['optometry'],
    scope: 'national',
    status: 'current',
    seenDate: '2024',
    source: [
      { ref: 'S002', note: 'Request an authentication code (2024)' },
      { ref: 'https://essex-loc.org/gos-pcse/', note: 'For Egress accounts and NHSmail set-up codes (July 2023)' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nhsbsa-pao',
    name: 'NHSBSA Provider Assurance (ophthalmic)',
    purpose: 'General ophthalmic Provider Assurance queries and GOS4 pre-authorisation.',
    email: 'pao@nhsbsa.nhs.uk',
    hours: { kind: 'weekdays', open: '08:00', close: '16:30', excludesBankHolidays: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://nhsbsa.nhs.uk/provider-assurance-ophthalmic' },
      { ref: 'https://nhsbsa.nhs.uk/provider-assurance-ophthalmic-services' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nhsbsa-ophthalmic-services-page',
    name: 'NHSBSA page for GOS contractors',
    purpose:
      'Describes the online form GOS contractors complete to get an NHSmail account. It can take up to two weeks.',
    url: 'https://nhsbsa.nhs.uk/provider-assurance-ophthalmic-services',
    hours: { kind: 'always' },
    needIds: ['nhsbsa-code', 'apply'],
    sectorIds: ['optometry'],
    scope: 'national',
    status: 'current',
    seenDate: '2025',
    source: [{ ref: 'https://nhsbsa.nhs.uk/provider-assurance-ophthalmic-services', note: '2025 page' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'fodo',
    name: 'FODO',
    purpose: 'Information for GOS contractors with more than 10 practices, who use Egress rather than NHSmail.',
    email: 'alan.tinger@fodo.com',
    hours: { kind: 'unknown' },
    needIds: ['egress'],
    sectorIds: ['optometry'],
    scope: 'national',
    status: 'current',
    note: 'A named contact from an undated source. Check before relying on it.',
    source: [{ ref: 'S001' }],
    reviewed: '2026-11-23',
  },

  // ---------------------------------------------------------------------------------------------------------------
  // ODS
  // ---------------------------------------------------------------------------------------------------------------
  {
    id: 'ods-service-desk',
    name: 'ODS team (national service desk)',
    purpose: 'Questions about ODS codes, including finding or confirming your code.',
    phone: { display: '0300 303 5035', tel: '03003035035' },
    email: 'ssd.nationalservicedesk@nhs.net',
    hours: { kind: 'unknown' },
    needIds: ['ods-code'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    seenDate: '2025',
    source: [{ ref: 'https://isd.digital.nhs.uk/trud3/user/guest/group/0/pack/5', note: 'TRUD ODS page, late 2025' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'ods-exeter-helpdesk-older',
    name: 'Exeter helpdesk (older ODS route)',
    purpose: 'Older route for confirming an ODS code. Whether it is still monitored is not confirmed.',
    email: 'exeter.helpdesk@nhs.net',
    hours: { kind: 'unknown' },
    needIds: ['ods-code'],
    sectorIds: 'all',
    scope: 'national',
    status: 'older',
    seenDate: '2024-10-23',
    source: [
      { ref: 'S001' },
      { ref: 'https://support.nhs.net/knowledge-base/registration-routes', note: 'Reviewed 23/10/2024' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'pharmacy-ods-codes-guide',
    name: 'Community Pharmacy England: pharmacy ODS codes',
    purpose: 'Explains pharmacy ODS codes (F codes) and where to find yours.',
    url: 'https://cpe.org.uk/digital-and-technology/standards-and-interoperability-it/pharmacy-ods-codes',
    hours: { kind: 'always' },
    needIds: ['ods-code'],
    sectorIds: ['pharmacy'],
    scope: 'national',
    status: 'current',
    seenDate: '2025-09-01',
    source: [
      {
        ref: 'https://cpe.org.uk/digital-and-technology/standards-and-interoperability-it/pharmacy-ods-codes',
        note: 'Updated 1 September 2025',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'digital-care-hub-ods-guide',
    name: 'Digital Care Hub: how to find an ODS code',
    purpose: 'Step-by-step help for care providers finding their site ODS code.',
    url: 'https://www.digitalcarehub.co.uk/resource/how-to-find-an-ods-code',
    hours: { kind: 'always' },
    needIds: ['ods-code'],
    sectorIds: ['social-care'],
    scope: 'national',
    status: 'current',
    source: [{ ref: 'https://www.digitalcarehub.co.uk/resource/how-to-find-an-ods-code' }],
    reviewed: '2026-11-23',
  },

  // ---------------------------------------------------------------------------------------------------------------
  // DSPT
  // ---------------------------------------------------------------------------------------------------------------
  {
    id: 'dspt-organisation-search',
    name: 'DSPT organisation search',
    purpose: "Check an organisation's published DSPT status by name or ODS code.",
    url: 'https://www.dsptoolkit.nhs.uk/OrganisationSearch',
    hours: { kind: 'always' },
    needIds: ['dspt'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://www.digitalcarehub.co.uk/dspt/check-dspt-status/' },
      { ref: 'https://support.nhs.net/?p=710' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'dspt-register',
    name: 'Register for the DSPT',
    purpose: 'Create a DSPT account for your organisation. You need an active ODS code.',
    url: 'https://www.dsptoolkit.nhs.uk/Account/Register',
    hours: { kind: 'always' },
    needIds: ['dspt'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [
      {
        ref: 'https://www.digitalcarehub.co.uk/dspt/register-login-or-change-dspt-registration/register-as-a-single-site/',
      },
      {
        ref: 'https://www.locsu.co.uk/optometrists-asked-to-update-the-nhsmail-data-protection-security-toolkit-dspt/',
        note: 'Needs an active ODS code',
      },
    ],
    reviewed: '2026-11-23',
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Sign-in, passwords and MFA
  // ---------------------------------------------------------------------------------------------------------------
  {
    id: 'nhsmail-portal',
    name: 'NHSmail portal',
    purpose:
      'Sign in to keep your account active, enrol for MFA (Profile, then My Profile, then Self-Service) and manage shared mailbox members. The sign-in page has a self-service password reset link.',
    url: 'https://portal.nhs.net',
    hours: { kind: 'always' },
    needIds: ['mfa', 'password-locked', 'account-inactive-deleted', 'reset-details'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [
      {
        ref: 'https://cpe.org.uk/our-news/reminder-mandatory-nhsmail-multi-factor-authentication-for-all-users/',
        note: 'MFA self-enrolment steps',
      },
      {
        ref: 'https://servicedesk.mtw.nhs.uk/support/solutions/articles/50000165704-nhsmail-self-service-password-reset',
        note: 'Reset link on the sign-in screen',
      },
      {
        ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/',
        note: 'Signing in to the portal counts as activity',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'mysignins-security-info',
    name: 'Microsoft security info',
    purpose: 'Register or change the methods used for MFA and self-service password reset.',
    url: 'https://mysignins.microsoft.com/security-info',
    hours: { kind: 'always' },
    needIds: ['mfa', 'password-locked', 'reset-details'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/getting-ready-to-use-self-service-password-reset-and-unlock/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'sspr-guide',
    name: 'Self-service password reset guide',
    purpose: 'How to get ready to reset your own password and unlock your account.',
    url: 'https://support.nhs.net/knowledge-base/getting-ready-to-use-self-service-password-reset-and-unlock/',
    hours: { kind: 'always' },
    needIds: ['password-locked'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/getting-ready-to-use-self-service-password-reset-and-unlock/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'mfa-faqs',
    name: 'MFA and conditional access FAQs',
    purpose: 'Questions and answers about MFA methods and the registration grace period.',
    url: 'https://support.nhs.net/knowledge-base/mfa-ca-faqs',
    hours: { kind: 'always' },
    needIds: ['mfa'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [{ ref: 'https://support.nhs.net/knowledge-base/mfa-ca-faqs' }],
    reviewed: '2026-11-23',
  },

  {
    id: 'secure-email-guidance',
    name: 'Guidance for sending secure email',
    purpose: 'How to send email securely from NHSmail to an address that is not secure, using [secure] in the subject.',
    url: 'https://digital.nhs.uk/services/nhsmail/guidance-for-sending-secure-email',
    hours: { kind: 'always' },
    needIds: ['secure-email'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [{ ref: 'https://digital.nhs.uk/services/nhsmail/guidance-for-sending-secure-email' }],
    reviewed: '2026-12-01',
  },
  {
    id: 'secure-email-standard',
    name: 'The secure email standard (DCB1596)',
    purpose: 'What the standard asks of organisations, and the list of accredited organisations to download.',
    url: 'https://digital.nhs.uk/services/nhsmail/the-secure-email-standard',
    hours: { kind: 'always' },
    needIds: ['secure-email'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://digital.nhs.uk/services/nhsmail/the-secure-email-standard' },
      {
        ref: 'https://www.digitalsocialcare.co.uk/sharing-care-records-via-email/how-to-get-secure-email/secure-email-standard-accreditation/',
        note: 'The list is a CSV download on that page',
      },
    ],
    reviewed: '2026-12-01',
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Support site and registration guides
  // ---------------------------------------------------------------------------------------------------------------
  {
    id: 'support-site',
    name: 'NHSmail support site',
    purpose: 'Official guides and FAQs for NHSmail users.',
    url: 'https://support.nhs.net/',
    hours: { kind: 'always' },
    needIds: ['apply', 'new-name'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [{ ref: 'https://support.nhs.net/' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'support-passwords',
    name: 'NHSmail support: passwords',
    purpose: 'Official guides about passwords.',
    url: 'https://support.nhs.net/article-categories/user-passwords',
    hours: { kind: 'always' },
    needIds: ['password-locked'],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [{ ref: 'https://support.nhs.net/article-categories/user-passwords' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'support-optometry',
    name: 'NHSmail support: optometry',
    purpose: 'Guides on registering GOS contractors and performers, including locums, and optometry FAQs.',
    url: 'https://support.nhs.net/article-categories/optometry/',
    hours: { kind: 'always' },
    needIds: ['apply'],
    sectorIds: ['optometry'],
    scope: 'national',
    status: 'current',
    source: [{ ref: 'S001' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'optometry-registration-form',
    name: 'Optometry registration form',
    purpose: 'Apply for NHSmail for an optometry practice, once you have your NHSBSA authentication code.',
    url: 'https://portal.nhs.net/Registration#/optometry',
    hours: { kind: 'always' },
    needIds: ['apply', 'nhsbsa-code'],
    sectorIds: ['optometry'],
    scope: 'national',
    status: 'current',
    source: [{ ref: 'S002' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'gp-locum-registration-guide',
    name: 'Registering GP locums',
    purpose: 'How GP locums register interest and complete the GP Locum registration portal.',
    url: 'https://support.nhs.net/knowledge-base/registering-gp-locums/',
    hours: { kind: 'always' },
    needIds: ['apply'],
    sectorIds: ['gp-locum'],
    scope: 'national',
    status: 'current',
    seenDate: '2021-10-12',
    source: [{ ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/', note: '12/10/2021' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'registration-routes-guide',
    name: 'NHSmail registration routes',
    purpose: 'Official guide to registration routes, including the dentistry registration guide.',
    url: 'https://support.nhs.net/knowledge-base/registration-routes',
    hours: { kind: 'always' },
    needIds: ['apply'],
    sectorIds: ['dental'],
    scope: 'national',
    status: 'current',
    seenDate: '2024-10-23',
    source: [{ ref: 'https://support.nhs.net/knowledge-base/registration-routes', note: 'Last reviewed 23/10/2024' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'social-care-registration-guide',
    name: 'Registering a social care organisation',
    purpose: 'Official guide for care providers and care homes applying for NHSmail.',
    url: 'https://support.nhs.net/knowledge-base/registering-a-social-care-organisation-e-g-a-care-provider-or-care-home-service/',
    hours: { kind: 'always' },
    needIds: ['apply'],
    sectorIds: ['social-care'],
    scope: 'national',
    status: 'current',
    source: [
      {
        ref: 'https://support.nhs.net/knowledge-base/registering-a-social-care-organisation-e-g-a-care-provider-or-care-home-service/',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'pharmacy-nhsmail-faqs',
    name: 'Community Pharmacy England: NHS.net Connect FAQs',
    purpose: 'Questions and answers about NHSmail for pharmacies.',
    url: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/',
    hours: { kind: 'always' },
    needIds: ['apply', 'add-remove-user'],
    sectorIds: ['pharmacy'],
    scope: 'national',
    status: 'current',
    seenDate: '2026-04-22',
    source: [
      { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/', note: 'Updated 22 April 2026' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nhsmail-feedback',
    name: 'NHSmail feedback team',
    purpose:
      "Clinical safety case requests, hospice application queries (subject 'Hospice NHSmail Application Query') and DCB1596 accreditation evidence.",
    email: 'feedback@nhs.net',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: 'all',
    scope: 'national',
    status: 'current',
    source: [
      { ref: 'https://portal.nhs.net/help/faq' },
      {
        ref: 'https://support.nhs.net/knowledge-base/registering-a-social-care-organisation-e-g-a-care-provider-or-care-home-service/',
      },
      { ref: 'https://beta.digitisingsocialcare.co.uk/get-help-set-and-use-technology/meeting-secure-email-standard' },
    ],
    reviewed: '2026-11-23',
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Local and regional examples (docs/sources.md §6.5). Not national: show them only for the matching region.
  // ---------------------------------------------------------------------------------------------------------------
  {
    id: 'south-west-optometry-hub',
    name: 'NHS South West Collaborative Commissioning Hub, optometry team',
    purpose: "Tell it about new shared mailboxes, and ask it for the 'Accessing a shared mailbox' guidance.",
    email: 'england.optometrysouthwest@nhs.net',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'local',
    region: 'South West',
    status: 'current',
    seenDate: '2023-11',
    source: [
      { ref: 'S002' },
      { ref: 'https://www.devonloc.co.uk/preparation-for-the-christmas-and-new-year-period/', note: 'November 2023' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'south-east-optometry',
    name: 'NHS England South East optometry team',
    purpose: 'GOS contract changes.',
    email: 'england.southeastoptometry@nhs.net',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'local',
    region: 'South East',
    status: 'older',
    seenDate: '2020-04',
    source: [{ ref: 'https://hampshireloc.org.uk/nhs-england/', note: 'Hampshire LOC, April 2020' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'bucks-mkuh-booked-urgent',
    name: 'MKUH booked urgent service',
    purpose: 'Referrals to the MKUH booked urgent service.',
    email: 'bus.referrals@mkuh.nhs.uk',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'local',
    region: 'Buckinghamshire',
    status: 'current',
    note: 'An nhs.uk address: check it is on the DCB1596 list before sending from nhs.net.',
    source: [{ ref: 'S001' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'bucks-smh-eye-casualty',
    name: 'Stoke Mandeville Hospital eye casualty',
    purpose: 'Referrals to eye casualty at Stoke Mandeville Hospital.',
    email: 'buc-tr.buckseyecas@nhs.net',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'local',
    region: 'Buckinghamshire',
    status: 'current',
    source: [{ ref: 'S001' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'bucks-smh-wet-amd',
    name: 'Stoke Mandeville Hospital wet AMD service',
    purpose: 'Wet AMD referrals at Stoke Mandeville Hospital.',
    email: 'bht.bucksamd@nhs.net',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'local',
    region: 'Buckinghamshire',
    status: 'current',
    source: [{ ref: 'S001' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'bucks-direct-cataract',
    name: 'Bucks direct cataract referrals',
    purpose: 'Direct cataract referrals in Buckinghamshire.',
    email: 'bht.cataractreferrals@nhs.net',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'local',
    region: 'Buckinghamshire',
    status: 'current',
    source: [{ ref: 'S001' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'bucks-hcq-screening',
    name: 'BHT HCQ screening',
    purpose: 'HCQ screening referrals in Buckinghamshire.',
    email: 'bht.hcqscreening@nhs.net',
    hours: { kind: 'unknown' },
    needIds: [],
    sectorIds: ['optometry'],
    scope: 'local',
    region: 'Buckinghamshire',
    status: 'current',
    source: [{ ref: 'S001' }],
    reviewed: '2026-11-23',
  },
] as const satisfies readonly ContactInput[];

export type ContactEntry = DeepReadonly<Contact>;
export type ContactId = (typeof CONTACT_DATA)[number]['id'];

/** Every contact, national first, then local examples. */
export const CONTACTS: readonly ContactEntry[] = CONTACT_DATA;

/** The contact with this id. */
export function contactById(id: ContactId): ContactEntry;
export function contactById(id: string): ContactEntry | undefined;
export function contactById(id: string): ContactEntry | undefined {
  return CONTACTS.find((contact) => contact.id === id);
}

/** Contacts that help with a need, optionally for one sector; current routes before older ones, data order otherwise. */
export function contactsFor(needId: NeedId, sectorId?: SectorId): readonly ContactEntry[] {
  const matching = CONTACTS.filter(
    (contact) =>
      contact.needIds.includes(needId) &&
      contact.scope === 'national' &&
      (sectorId === undefined || contact.sectorIds === 'all' || contact.sectorIds.includes(sectorId)),
  );
  return [...matching.filter((c) => c.status === 'current'), ...matching.filter((c) => c.status === 'older')];
}

/** Local and regional examples, in the LocalContact shape an import feature uses. */
export const LOCAL_CONTACTS: readonly DeepReadonly<LocalContact>[] = CONTACTS.flatMap((contact) =>
  contact.scope === 'local' && contact.region !== undefined
    ? [
        {
          id: contact.id,
          region: contact.region,
          name: contact.name,
          purpose: contact.purpose,
          ...(contact.phone === undefined ? {} : { phone: contact.phone }),
          ...(contact.email === undefined ? {} : { email: contact.email }),
          ...(contact.url === undefined ? {} : { url: contact.url }),
          ...(contact.seenDate === undefined ? {} : { seenDate: contact.seenDate }),
          ...(contact.note === undefined ? {} : { note: contact.note }),
          source: contact.source,
          reviewed: contact.reviewed,
        },
      ]
    : [],
);

/** The public DSPT page for one organisation, as docs/sources.md §4.3 gives it: https://www.dsptoolkit.nhs.uk/OrganisationSearch/<ODS code> */
export function dsptOrganisationUrl(odsCode: string): string {
  return `https://www.dsptoolkit.nhs.uk/OrganisationSearch/${encodeURIComponent(odsCode.trim().toUpperCase())}`;
}
