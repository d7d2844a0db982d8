/**
 * Registration prerequisites, per sector, as checklist items. Facts: docs/sources.md §3.3–3.4 (what the portal collects),
 * §4 (DSPT, ODS, NHSBSA code, sites, Egress), §5.1 (users per site). Conflicts resolved as C2, C3, C4, C8, C11.
 */
import type { ChecklistItem, ChecklistItemInput, DeepReadonly, SectorId } from './schema.ts';

import { CHECKLIST_STEPS } from './checklist-steps.ts';

const DSPT_SEARCH_LINK = {
  url: 'https://www.dsptoolkit.nhs.uk/OrganisationSearch',
  text: 'Search for your organisation on the DSPT website',
} as const;

const CHECKLIST_DATA = [
  // -------------------------------------------------------------------------------------------------------------
  // Prerequisites
  // -------------------------------------------------------------------------------------------------------------
  {
    id: 'no-existing-account',
    sectorIds: ['optometry', 'pharmacy', 'dental', 'social-care', 'gp-locum', 'independent-midwife'],
    step: 'prerequisites',
    label: 'Nobody being registered already has an NHSmail account',
    detail:
      'Applying for someone who already has an account creates a duplicate. Existing users are linked to the shared mailbox once it exists. If you are not sure, ask before applying.',
    severity: 'must',
    source: [
      { ref: 'S004', note: 'Existing users must not be entered' },
      { ref: 'S003', note: 'Ask before applying again' },
      { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'dspt-standards-met',
    sectorIds: ['optometry', 'pharmacy', 'dental'],
    step: 'prerequisites',
    label: 'Our DSPT assessment is published at Standards Met or higher',
    detail:
      'Check your status on the DSPT organisation search, by organisation name or ODS code. Publications lapse if not renewed each year by 30 June.',
    severity: 'must',
    link: DSPT_SEARCH_LINK,
    source: [
      { ref: 'S004', note: 'Standards Met or higher' },
      { ref: 'S001' },
      { ref: 'https://www.digitalcarehub.co.uk/dspt/check-dspt-status/' },
      { ref: 'https://www.digitalcarehub.co.uk/dspt/review-and-update-your-dspt/', note: 'Lapses if not renewed' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'dspt-approaching-standards',
    sectorIds: ['social-care'],
    step: 'prerequisites',
    label: 'Our DSPT assessment is published at Approaching Standards or higher',
    detail:
      'Check your status on the DSPT organisation search, by organisation name or ODS code. Publications lapse if not renewed each year by 30 June. If you previously published at Approaching Standards, you must reach Standards Met to republish.',
    severity: 'must',
    link: DSPT_SEARCH_LINK,
    source: [
      { ref: 'S004', note: 'Approaching Standards or higher' },
      { ref: 'https://support.nhs.net/?p=710' },
      { ref: 'https://www.digitalcarehub.co.uk/dspt/check-dspt-status/' },
      { ref: 'https://www.digitalcarehub.co.uk/dspt/review-and-update-your-dspt/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'optometry-ten-or-fewer-sites',
    sectorIds: ['optometry'],
    step: 'prerequisites',
    label: 'We have 10 or fewer sites',
    detail:
      'NHSmail through the NAS is for GOS contractors with 10 or fewer sites. Contractors with more than 10 practices, and non-GOS practices, use Egress instead.',
    severity: 'must',
    source: [
      { ref: 'S001' },
      { ref: 'S003' },
      { ref: 'https://locsu.co.uk/nhs-mail-in-england-important-reminder-from-the-information-and-it-committee' },
      {
        ref: 'https://www.aop.org.uk/our-voice/aop-news/2022/12/01/nhs-mail-reminder-from-the-information-and-it-committee',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'optometry-locum-practice-applies',
    sectorIds: ['optometry'],
    step: 'prerequisites',
    label: 'Locum optometrists: the practice you work at most often applies for you',
    detail:
      "The practice's shared mailbox owner emails helpdesk@nhs.net from the shared mailbox. The account is linked to that practice and can move with you later. Locums without NHSmail can use Egress.",
    severity: 'advice',
    source: [{ ref: 'S003' }, { ref: 'S000', note: 'Egress for locums' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'gp-locum-interest-form',
    sectorIds: ['gp-locum'],
    step: 'prerequisites',
    label: 'I have registered my interest on the GP locum online form',
    detail:
      'Within 7 days you are emailed, at your GMC Online email address, with guidance for the GP Locum registration portal.',
    severity: 'must',
    link: { url: 'https://support.nhs.net/knowledge-base/registering-gp-locums/', text: 'Registering GP locums' },
    source: [{ ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/', note: '12/10/2021' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'gp-locum-data-security-training',
    sectorIds: ['gp-locum'],
    step: 'prerequisites',
    label: 'I have completed Data Security Awareness training in the last 12 months',
    detail: 'The GP Locum registration portal asks you to confirm this.',
    severity: 'must',
    source: [{ ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/' }],
    reviewed: '2026-11-23',
  },

  {
    id: 'independent-midwife-faq',
    sectorIds: ['independent-midwife'],
    step: 'prerequisites',
    label: 'I have read the independent midwives FAQ',
    detail:
      'The sources do not describe the independent midwife registration route in detail. The FAQ and the helpdesk are the places to ask.',
    severity: 'advice',
    link: {
      url: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives',
      text: 'Independent midwives FAQ',
    },
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives' },
    ],
    reviewed: '2026-11-23',
  },

  // -------------------------------------------------------------------------------------------------------------
  // Authentication
  // -------------------------------------------------------------------------------------------------------------
  {
    id: 'optometry-nhsbsa-code',
    sectorIds: ['optometry'],
    step: 'authentication',
    label: 'We have an NHSBSA authentication code',
    detail:
      "Ask NHSBSA at pao-support@nhsbsa.nhs.uk, or use the online form on NHSBSA's page for GOS contractors. It can take up to two weeks. Apply without it and the application is not processed.",
    severity: 'must',
    link: {
      url: 'https://nhsbsa.nhs.uk/provider-assurance-ophthalmic-services',
      text: "NHSBSA's page for GOS contractors",
    },
    source: [
      { ref: 'S002', note: 'Application not processed without the code' },
      { ref: 'https://essex-loc.org/gos-pcse/' },
      { ref: 'https://nhsbsa.nhs.uk/provider-assurance-ophthalmic-services', note: 'Up to two weeks' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'cqc-ids-or-passcode',
    sectorIds: ['dental', 'social-care'],
    step: 'authentication',
    label: 'We have the CQC Location ID and CQC Contact ID, or will ask for a one-time passcode',
    detail:
      "The CQC Location ID is for the site and is different from the CQC Provider ID. The CQC Contact ID is the Registered Manager's ID on their certificate, for example 1-xxxxxx or CON1-xxxxxx. Without them, ask for a one-time passcode through the form.",
    severity: 'must',
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/registration-routes' },
      { ref: 'https://support.nhs.net/?p=710' },
      {
        ref: 'https://www.england.nhs.uk/ourwork/clinical-policy/ordering-medication-using-proxy-access/getting-a-secure-email-account-a-guide-for-social-care-organisations/signing-up-for-nhsmail/',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'pharmacy-premises-details',
    sectorIds: ['pharmacy'],
    step: 'authentication',
    label: "We have the pharmacy's NHSBSA-registered email address and premises GPhC number",
    detail:
      'Older guides (2017 to 2020) ask for these with the premises ODS code, then send a one-time passcode. The current form is not confirmed, so treat this as a guide.',
    severity: 'advice',
    source: [
      { ref: 'https://cpderbyshire.org.uk/our-news/nhs-mail/' },
      { ref: 'https://city-and-hackney.communitypharmacy.org.uk/process-for-registering-nhsmail-other-info/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'gp-locum-passcode',
    sectorIds: ['gp-locum'],
    step: 'authentication',
    label: 'I have my 6-digit individual one-time passcode',
    detail: 'It is sent with your email invitation.',
    severity: 'must',
    source: [{ ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'gp-locum-performers-list',
    sectorIds: ['gp-locum'],
    step: 'authentication',
    label: 'I have my National Performers List details to hand: name and GMC number',
    detail: 'The portal asks you to confirm them.',
    severity: 'must',
    source: [{ ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/' }],
    reviewed: '2026-11-23',
  },

  // -------------------------------------------------------------------------------------------------------------
  // Organisation
  // -------------------------------------------------------------------------------------------------------------
  {
    id: 'ods-code-optometry',
    sectorIds: ['optometry'],
    step: 'organisation',
    label: 'We have our optical site ODS code to hand',
    detail:
      'Search the ODS Data Search and Export tool by postcode, or ask the ODS team at ssd.nationalservicedesk@nhs.net or on 0300 303 5035. The character format of optical codes is not confirmed.',
    severity: 'must',
    source: [
      { ref: 'S001' },
      { ref: 'https://isd.digital.nhs.uk/trud3/user/guest/group/0/pack/5' },
      {
        ref: 'https://odsdatasearchandexport.dc4h.link/referenceDataCatalogue/Optical-Headquarters-and-Sites_571325595.html',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'ods-code-pharmacy',
    sectorIds: ['pharmacy'],
    step: 'organisation',
    label: 'We have our pharmacy ODS code (F code) to hand',
    detail:
      'Five characters starting with F, for example FVR79. It is printed at the top of your monthly NHSBSA payment schedule.',
    severity: 'must',
    source: [{ ref: 'https://cpe.org.uk/digital-and-technology/standards-and-interoperability-it/pharmacy-ods-codes' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'ods-code-dental',
    sectorIds: ['dental'],
    step: 'organisation',
    label: 'We have our practice ODS code (V code) to hand',
    detail:
      'V and 5 digits, for example V03462. If NHS Dental Services gave you a 7-character code with an extra 0 after the V, leave that 0 out.',
    severity: 'must',
    source: [
      {
        ref: 'https://odsdatasearchandexport.dc4h.link/referenceDataCatalogue/General-Dental-Practices_580652996.html',
      },
      {
        ref: 'https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'social-care-site-code',
    sectorIds: ['social-care'],
    step: 'organisation',
    label: 'We have our site ODS code, not the headquarters code',
    detail:
      'Site codes are V and 4 letters or numbers, for example VLAXL. Headquarters codes usually start with A. A single-site provider has both, and uses the site code.',
    severity: 'must',
    source: [
      { ref: 'S001' },
      { ref: 'S003' },
      {
        ref: 'https://www.digitalcarehub.co.uk/dspt/register-login-or-change-dspt-registration/register-as-a-single-site/',
      },
      { ref: 'https://www.dsptoolkit.nhs.uk/News/34' },
      {
        ref: 'https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services',
      },
    ],
    reviewed: '2026-11-23',
  },

  // -------------------------------------------------------------------------------------------------------------
  // Members
  // -------------------------------------------------------------------------------------------------------------
  {
    id: 'owner-and-members-decided',
    sectorIds: ['optometry', 'pharmacy', 'dental', 'social-care'],
    step: 'members',
    label: 'We have decided who owns the shared mailbox and who are members',
    detail:
      'Owners add and remove users and are the main contact for the NAS; members can send and receive. A mailbox can have more than one owner for continuity.',
    severity: 'must',
    source: [
      { ref: 'S004' },
      { ref: 'https://support.nhs.net/knowledge-base/getting-the-most-from-your-shared-mailbox' },
      { ref: 'https://notts-care-ig.net/nhs-mail/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'pharmacy-first-person-is-owner',
    sectorIds: ['pharmacy'],
    step: 'members',
    label: 'The first person listed is the one who should be the owner',
    detail: "The first person listed in the portal is given the shared mailbox 'owner' rights.",
    severity: 'advice',
    source: [{ ref: 'https://www.northstaffslpc.co.uk/contact-us/nhs-mail/' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'unique-mobile-numbers',
    sectorIds: ['optometry', 'pharmacy', 'dental', 'social-care', 'gp-locum'],
    step: 'members',
    label: 'Each person has their own UK mobile number starting 07',
    detail:
      'Each number can be used only once in the registration portal; it is also used to check that the person does not already have an account. The temporary password is sent to it by text message.',
    severity: 'must',
    source: [
      { ref: 'S004' },
      {
        ref: 'https://support.nhs.net/knowledge-base/local-organisation-to-national-administration-service-nas-transfer-process/',
        note: 'UK mobile',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'unique-personal-emails',
    sectorIds: ['optometry', 'pharmacy', 'dental', 'social-care'],
    step: 'members',
    label: 'Each person has their own personal email address, not an NHSmail or shared one',
    detail:
      "Usernames are sent there. It must be unique to the person and not the organisation's address. Shared addresses and numbers are a common reason for rejection.",
    severity: 'must',
    source: [{ ref: 'S004' }, { ref: 'https://notts-care-ig.net/nhs-mail/' }],
    reviewed: '2026-11-23',
  },
  {
    id: 'users-per-site',
    sectorIds: ['optometry', 'pharmacy', 'dental'],
    step: 'members',
    label: 'We know how many people to register for each site',
    detail: 'Up to 10 per site (NAS); some optometry guidance says 3. More are possible case by case.',
    severity: 'advice',
    source: [
      { ref: 'S004', note: 'Up to 10; more case by case' },
      { ref: 'S001', note: 'Optometry: up to 3' },
      { ref: 'S003' },
      { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'social-care-two-to-ten-users',
    sectorIds: ['social-care'],
    step: 'members',
    label: 'We are registering between 2 and 10 staff for this site',
    detail: 'Social care sites have a minimum of 2 user accounts and a maximum of 10.',
    severity: 'must',
    source: [
      { ref: 'https://www.linca.org.uk/NHSMail.asp' },
      {
        ref: 'https://www.england.nhs.uk/ourwork/clinical-policy/ordering-medication-using-proxy-access/getting-a-secure-email-account-a-guide-for-social-care-organisations/signing-up-for-nhsmail/',
      },
    ],
    reviewed: '2026-11-23',
  },

  // -------------------------------------------------------------------------------------------------------------
  // Review and after submitting
  // -------------------------------------------------------------------------------------------------------------
  {
    id: 'social-care-one-form-per-site',
    sectorIds: ['social-care'],
    step: 'review',
    label: 'One person completes the form for each site',
    detail: 'It can take up to 48 hours for the NHSmail team to get back to you.',
    severity: 'advice',
    source: [
      {
        ref: 'https://www.england.nhs.uk/ourwork/clinical-policy/ordering-medication-using-proxy-access/getting-a-secure-email-account-a-guide-for-social-care-organisations/signing-up-for-nhsmail/',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'activate-within-30-days',
    sectorIds: ['optometry', 'pharmacy', 'dental', 'social-care', 'gp-locum', 'independent-midwife'],
    step: 'review',
    label: 'Everyone will activate their account soon after it arrives',
    detail:
      'Usernames come by email and temporary passwords by text message. A new account that has not accepted the Acceptable Use Policy or set security questions becomes inactive within 30 days. After that, use it at least every 30 days.',
    severity: 'advice',
    source: [
      { ref: 'S004', note: 'Activation steps' },
      { ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/' },
    ],
    reviewed: '2026-11-23',
  },
] as const satisfies readonly ChecklistItemInput[];

export type ChecklistItemEntry = DeepReadonly<ChecklistItem>;

/** Every checklist item, grouped by step in the data. */
export const CHECKLIST_ITEMS: readonly ChecklistItemEntry[] = CHECKLIST_DATA;

/** The items for one sector, in step order (prerequisites first, review last), data order within a step. */
export function checklistForSector(sectorId: SectorId): readonly ChecklistItemEntry[] {
  return CHECKLIST_STEPS.flatMap((step) =>
    CHECKLIST_ITEMS.filter((item) => item.step === step && item.sectorIds.includes(sectorId)),
  );
}
