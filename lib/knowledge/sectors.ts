/**
 * Organisation types that register for NHSmail through the National Administration Service (NAS).
 * Facts: docs/sources.md §3.3 (authentication), §4.1 (DSPT), §4.4 (ODS formats), §4.7 (sites), §5.1–5.2 (users, mailboxes),
 * §6.2 (NAS contacts). Conflicts resolved as docs/sources.md C2, C3, C5, C6, C8, C11.
 */
import type { DeepReadonly, Sector, SectorId, SectorInput } from './schema.ts';

const SECTOR_DATA = [
  {
    id: 'optometry',
    name: 'Optometry (GOS contractors)',
    description: 'Optical practices that hold a General Ophthalmic Services (GOS) contract, their staff and locums.',
    nasContactIds: ['nas-helpdesk', 'nas-optometry-older'],
    dsptLevel: { level: 'standards-met', label: 'Standards Met or higher' },
    authRoute: {
      kind: 'nhsbsa-code',
      label: 'NHSBSA authentication code',
      description:
        'Ask NHSBSA for an authentication code before you apply. If you complete the form without it, the application is not processed.',
    },
    ods: {
      pattern: '^[A-Z0-9]{3,9}$',
      example: null,
      confirmed: false,
      hint: 'Use your optical site ODS code. Its format is not confirmed, so check it against your ODS record if this looks wrong.',
    },
    sharedMailbox: {
      pattern: 'optometry.{ODS}@nhs.net',
      displayNamePattern: 'Optometry.{ODS} (Optometry name, Town)',
      confirmed: true,
    },
    usersPerSite: {
      max: 10,
      note: 'Up to 10 per site (NAS). Some optometry guidance says 3.',
    },
    maxSites: 10,
    registrationUrl: 'https://portal.nhs.net/Registration#/optometry',
    source: [
      { ref: 'S001' },
      { ref: 'S002', note: 'Registration URL, NHSBSA code, shared mailbox address (written as ODScore)' },
      { ref: 'S003' },
      { ref: 'S004', note: 'DSPT level, up to 10 accounts per site' },
      {
        ref: 'https://locsu.co.uk/nhs-mail-in-england-important-reminder-from-the-information-and-it-committee',
        note: 'More than 10 practices: Egress (1 December 2022)',
      },
      {
        ref: 'https://odsdatasearchandexport.dc4h.link/referenceDataCatalogue/Optical-Headquarters-and-Sites_571325595.html',
        note: 'Optical site codes exist; character format not confirmed',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'pharmacy',
    name: 'Community pharmacy (including dispensing appliance contractors)',
    description: 'Community pharmacies and dispensing appliance contractors (DACs) in England.',
    nasContactIds: ['nas-helpdesk', 'nas-pharmacy-older'],
    dsptLevel: { level: 'standards-met', label: 'Standards Met or higher' },
    authRoute: {
      kind: 'pharmacy-otp',
      label: 'Premises details and a one-time passcode',
      description:
        "Older guides (2017 to 2020) ask for the premises ODS code, the pharmacy's NHSBSA-registered email address and its premises GPhC number, then a one-time passcode. The current form's wording is not confirmed.",
    },
    ods: {
      pattern: '^F[A-Z0-9]{4}$',
      example: 'FVR79',
      confirmed: true,
      hint: 'Five characters starting with F, for example FVR79. It is printed at the top of your monthly NHSBSA payment schedule.',
    },
    sharedMailbox: {
      pattern: 'pharmacy.{ODS}@nhs.net',
      displayNamePattern: 'Pharmacy.{ODS} (Pharmacy name, Town)',
      confirmed: true,
      note: 'The longer address used before 2020 was kept as an alias.',
    },
    usersPerSite: {
      max: 10,
      note: 'In most cases up to 10 personal accounts per pharmacy.',
    },
    source: [
      { ref: 'S004', note: 'DSPT level' },
      { ref: 'https://cpderbyshire.org.uk/our-news/nhs-mail/', note: 'Authentication details' },
      { ref: 'https://city-and-hackney.communitypharmacy.org.uk/process-for-registering-nhsmail-other-info/' },
      { ref: 'https://cpe.org.uk/digital-and-technology/standards-and-interoperability-it/pharmacy-ods-codes' },
      { ref: 'https://archive.psnc.org.uk/contract-it/pharmacy-it/nhs-mail/', note: 'Shared mailbox address' },
      {
        ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/',
        note: 'Up to 10 accounts (updated 22 April 2026)',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'dental',
    name: 'Dental practice',
    description:
      'Dental practices in England. Groups with more than 30 sites use a bulk upload process instead of the registration form.',
    nasContactIds: ['nas-helpdesk', 'nas-dental-older'],
    dsptLevel: { level: 'standards-met', label: 'Standards Met or higher' },
    authRoute: {
      kind: 'cqc-ids-or-otp',
      label: 'CQC Location ID and CQC Contact ID, or a one-time passcode',
      description:
        "Give the practice's CQC Location ID (for the site, not the CQC Provider ID) and the CQC Contact ID, the Registered Manager's ID on their certificate (for example 1-xxxxxx or CON1-xxxxxx). If you do not have them, ask for a one-time passcode through the form.",
    },
    ods: {
      pattern: '^V\\d{5}$',
      example: 'V03462',
      confirmed: true,
      hint: 'V and 5 digits, for example V03462. If NHS Dental Services gave you a 7-character code with an extra 0 after the V, leave that 0 out.',
    },
    sharedMailbox: {
      pattern: 'dental.{ODS}@nhs.net',
      displayNamePattern: 'Dental.{ODS} (Dental practice name, Town)',
      confirmed: false,
      note: 'The address is inferred from the display name and is not confirmed.',
    },
    usersPerSite: {
      max: 10,
      note: 'Up to 10 per site (NAS). More only case by case.',
    },
    source: [
      { ref: 'S004', note: 'DSPT level, shared mailbox display name' },
      {
        ref: 'https://support.nhs.net/knowledge-base/registration-routes',
        note: 'CQC IDs or one-time passcode; bulk upload (reviewed 23/10/2024)',
      },
      {
        ref: 'https://odsdatasearchandexport.dc4h.link/referenceDataCatalogue/General-Dental-Practices_580652996.html',
        note: 'V code format and the 7-character NHS Dental Services form',
      },
      {
        ref: 'https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'social-care',
    name: 'Social care provider (care home or home care)',
    description:
      'Care homes, home care and other social care providers registered with the CQC. Single-site organisations always use the NAS route.',
    nasContactIds: ['nas-helpdesk', 'nas-social-care-older'],
    dsptLevel: { level: 'approaching-standards', label: 'Approaching Standards or higher' },
    authRoute: {
      kind: 'cqc-ids-or-otp',
      label: 'CQC Location ID and CQC Contact ID, or a one-time passcode',
      description:
        "Give the site's CQC Location ID (not the CQC Provider ID) and the CQC Contact ID, the Registered Manager's ID on their certificate (for example 1-xxxxxx or CON1-xxxxxx). If you do not have them, ask for a one-time passcode through the form.",
    },
    ods: {
      pattern: '^V[A-Z0-9]{4}$',
      example: 'VLAXL',
      confirmed: true,
      hint: 'Use the site code: V and 4 letters or numbers, for example VLAXL. Not the headquarters code, which usually starts with A.',
    },
    sharedMailbox: {
      pattern: 'care.{ODS}@nhs.net',
      displayNamePattern: 'Care.{ODS} (Care home name, Town)',
      confirmed: true,
    },
    usersPerSite: {
      min: 2,
      max: 10,
      note: 'One shared mailbox and 2 to 10 user accounts per site.',
    },
    source: [
      { ref: 'S004', note: 'DSPT level' },
      { ref: 'https://support.nhs.net/?p=710', note: 'Site code, CQC IDs' },
      {
        ref: 'https://support.nhs.net/knowledge-base/registering-a-social-care-organisation-e-g-a-care-provider-or-care-home-service/',
        note: 'Up to ten accounts per site; single-site organisations use the NAS route',
      },
      { ref: 'https://www.linca.org.uk/NHSMail.asp', note: 'Minimum of 2 user accounts' },
      {
        ref: 'https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services',
        note: 'VLAXL example',
      },
      {
        ref: 'https://www.northeastlondonhcp.nhs.uk/care-providers/digital-support-and-solutions/nhs-mail/',
        note: 'Shared mailbox address',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'gp-locum',
    name: 'GP locum',
    description: 'Locum GPs on the National Performers List, who register as individuals.',
    nasContactIds: ['nas-helpdesk', 'nas-gp-locum-older'],
    dsptLevel: {
      level: 'unknown',
      label:
        'Not stated. The GP locum route asks you to confirm Data Security Awareness training in the last 12 months.',
    },
    authRoute: {
      kind: 'individual-otp',
      label: 'Individual one-time passcode',
      description:
        'Register your interest on the online form first. Within 7 days you are emailed, at your GMC Online email address, with guidance and a 6-digit individual one-time passcode for the GP Locum registration portal.',
    },
    ods: {
      pattern: '^[A-Z]\\d{5}$',
      example: 'H85037',
      confirmed: true,
      hint: 'GP practice codes are a letter and 5 digits, for example H85037.',
    },
    sharedMailbox: null,
    usersPerSite: {
      max: null,
      note: 'GP locums register as individuals, so no per-site allowance applies.',
    },
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/', note: '12/10/2021' },
      { ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-gp-locums' },
      {
        ref: 'https://anypoint.mulesoft.com/exchange/portals/care-quality-commission-5/4d36bd23-127d-4acf-8903-ba292ea615d4/cqc-syndication-1/minor/1.0/pages/2.%20Locations%20Examples/',
        note: 'GP practice ODS example H85037',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'independent-midwife',
    name: 'Independent midwife',
    description:
      'Independent midwives, supported by the independent midwives administration team through the helpdesk.',
    nasContactIds: ['nas-helpdesk'],
    dsptLevel: { level: 'unknown', label: 'Not stated in the sources' },
    authRoute: {
      kind: 'unknown',
      label: 'Not confirmed',
      description: 'The sources do not say how independent midwives authenticate when registering. Ask the helpdesk.',
    },
    ods: {
      pattern: '^[A-Z0-9]{1,9}$',
      example: null,
      confirmed: false,
      hint: 'ODS codes are 1 to 9 letters and numbers.',
    },
    sharedMailbox: null,
    usersPerSite: {
      max: null,
      note: 'Not stated in the sources.',
    },
    source: [
      { ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives' },
      {
        ref: 'https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services',
        note: 'ODS codes are 1 to 9 alphanumeric characters',
      },
    ],
    reviewed: '2026-11-23',
  },
] as const satisfies readonly SectorInput[];

export type SectorEntry = DeepReadonly<Sector>;

/** All sectors, in the order to offer them. */
export const SECTORS: readonly SectorEntry[] = SECTOR_DATA;

/** The sector with this id. */
export function sectorById(id: SectorId): SectorEntry;
export function sectorById(id: string): SectorEntry | undefined;
export function sectorById(id: string): SectorEntry | undefined {
  return SECTORS.find((sector) => sector.id === id);
}
