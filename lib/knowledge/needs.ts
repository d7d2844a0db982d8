/**
 * "What do you need help with?": the questions people bring, with plain answers and the contacts to try.
 * Facts: docs/sources.md §1 (inactivity, leavers, restore), §2 (passwords, MFA), §3–4 (registration), §5.4 (adding users),
 * §6 (contacts), §1.1 (disabled accounts), §5.3 (shared mailbox owners), §8 (secure email), naming (NHS.net Connect).
 */
import type { DeepReadonly, Need, NeedId, NeedInput } from './schema.ts';

const NEED_DATA = [
  {
    id: 'password-locked',
    title: 'Forgotten password or locked out',
    synonyms: [
      'password',
      'helpdesk',
      'help desk',
      'forgotten password',
      'forgot password',
      'reset',
      'password reset',
      'locked',
      'locked out',
      'unlock',
      'cannot log in',
      'cannot sign in',
      'expired password',
      'account secret',
      'security questions',
    ],
    answer:
      'If you have set up a way to prove who you are, you can reset your password yourself or by phone. If not, your shared mailbox owner asks the NAS to confirm who you are.',
    steps: [
      'Use the self-service password reset link on the NHSmail portal sign-in page. It works if you have registered the Authenticator app, text message or a phone call as a method.',
      'Or call the helpdesk on 0333 200 1133, at any time. Choose option 1, then option 1 again for a password reset.',
      'Have ready your NHSmail address, the mobile number linked to your account, and your security answers or account secret if you set them.',
      'No account secret or mobile number on your account? Your shared mailbox owner contacts the NAS to confirm who you are.',
      'Passwords expire every 365 days. You get reminder emails 18, 10, 5, 2 and 1 days before.',
    ],
    contactIds: ['nhsmail-helpdesk', 'nhsmail-portal', 'sspr-guide', 'mysignins-security-info', 'support-passwords'],
    sectorIds: 'all',
    source: [
      { ref: 'S003', note: 'Option 1, then option 1 again' },
      { ref: 'S004', note: 'What to have ready; owner authenticates users without a secret' },
      { ref: 'https://support.nhs.net/knowledge-base/getting-ready-to-use-self-service-password-reset-and-unlock/' },
      {
        ref: 'https://servicedesk.mtw.nhs.uk/support/solutions/articles/50000165704-nhsmail-self-service-password-reset',
      },
      {
        ref: 'https://support.nhs.net/2019/05/introducing-the-new-and-improved-nhsmail-password-policy',
        note: '365 days and reminders',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'account-inactive-deleted',
    title: 'Account inactive or deleted',
    synonyms: [
      'inactive',
      'deleted',
      'expired',
      'disabled',
      'restore',
      'reactivate',
      'reinstate',
      'not used',
      '30 days',
      '60 days',
      '90 days',
      'use it or lose it',
    ],
    answer:
      'An account not used for 30 days becomes inactive, and it is deleted at 60 days. A deleted account can be restored for 30 days after deletion, about 90 days after it was last used. After that you need to apply again.',
    steps: [
      'If your account is inactive but not deleted, try signing in to the NHSmail portal. If you cannot, call the helpdesk on 0333 200 1133.',
      "If it has been deleted, the shared mailbox owner emails the NAS at helpdesk@nhs.net from the shared mailbox, within 30 days of deletion. The email gives the deleted email address and the user's mobile number.",
      'The helpdesk agent on 0333 200 1133 can also help with reactivating a deleted account.',
      'If the account cannot be restored, you need to apply for a new account.',
      'To stay active, sign in to the portal, use Outlook or Teams, or send an email at least every 30 days.',
    ],
    contactIds: ['nas-helpdesk', 'nhsmail-helpdesk', 'nhsmail-portal'],
    sectorIds: 'all',
    sectorNotes: {
      'social-care':
        "If nobody can reach the shared mailbox, call the NAS on 0333 200 1133 from the site's CQC-registered telephone.",
      pharmacy: "If nobody can reach the shared mailbox, call the NAS from the pharmacy's phone.",
      dental: 'If nobody can reach the shared mailbox, call the NAS from the practice phone.',
      optometry:
        'If nobody can reach the shared mailbox, email the NAS. Older guidance (December 2022) gives optomadmin@nhs.net for a new account after deletion; newer guidance uses helpdesk@nhs.net.',
    },
    source: [
      {
        ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/',
        note: 'Policy from 1 December 2022',
      },
      { ref: 'S000' },
      { ref: 'S001' },
      { ref: 'S003', note: 'Shared mailbox owner emails NAS from the shared mailbox' },
      { ref: 'S004', note: 'Restore within 30 days; phone routes by sector' },
      {
        ref: 'https://support.nhs.net/knowledge-base/starter-guide-for-social-care-providers',
        note: 'CQC-registered telephone',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'have-account',
    title: 'Already have an account, or moving organisation',
    synonyms: [
      'existing account',
      'already have',
      'duplicate',
      'leaver',
      'joiner',
      'leaving',
      'moving',
      'new job',
      'transfer',
      'change organisation',
      'new owner',
    ],
    answer:
      'Do not apply again if you already have an NHSmail account: that creates a duplicate. Your account can move with you if your new organisation picks it up within 30 days of it being marked as a leaver.',
    steps: [
      'Not sure whether you have an account? Ask before applying.',
      "Leaving: tell the NAS, which marks your account as a leaver. Your old site's shared mailbox owner removes you from its shared mailbox.",
      "Joining: your new site's shared mailbox owner asks the NAS to mark your account as a joiner. This must happen within 30 days of it being marked as a leaver, or the account is deleted.",
      'Existing NHSmail users are not entered on a new registration form. The owner links the existing account once the shared mailbox exists.',
      'A shared mailbox owner who is leaving emails the NAS or calls 0333 200 1133 to have their permissions removed and a new owner named.',
    ],
    contactIds: ['nas-helpdesk', 'nhsmail-helpdesk'],
    sectorIds: 'all',
    sectorNotes: {
      optometry:
        'If you are unsure who provided your existing account, or whether it is still active, ask NHSBSA at pao-support@nhsbsa.nhs.uk before applying again.',
      'independent-midwife':
        'Moving organisation: also contact the deputy regional maternity lead at england.indmidwives@nhs.net.',
    },
    source: [
      { ref: 'S004', note: 'Leavers, joiners, owners leaving, no duplicate accounts' },
      { ref: 'S003', note: 'Ask NHSBSA if unsure before applying again' },
      {
        ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives',
        note: '30 days from leaver to joiner',
      },
      { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/', note: 'Do not enter existing users' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'add-remove-user',
    title: 'Add or remove a user',
    synonyms: [
      'add user',
      'new user',
      'remove user',
      'new starter',
      'joiner',
      'leaver',
      'new account',
      'extra account',
      'locum',
      'staff',
      'shared mailbox',
      'owner',
      'member',
    ],
    answer:
      "The shared mailbox owner emails the NAS at helpdesk@nhs.net from the site's shared mailbox. A site can have up to 10 accounts (NAS); some optometry guidance says 3.",
    steps: [
      "Send the email from the site's shared mailbox to helpdesk@nhs.net.",
      'For each new person give their full name, personal (non-NHSmail) email address, mobile number starting 07, and whether they will be an owner or a member of the shared mailbox.',
      'Each person needs their own mobile number and personal email address. Shared numbers or addresses are a common reason for rejection.',
      'When someone leaves, the owner removes them from the shared mailbox and the NAS marks their account as a leaver.',
      'If someone has a personal account but no access to the shared mailbox, or the other way round, give the NAS their first and last name, the ODS code and the shared mailbox name.',
    ],
    contactIds: ['nas-helpdesk'],
    sectorIds: 'all',
    sectorNotes: {
      optometry:
        'Locum optometrists: the practice you work at most often can ask for an account for you, from its shared mailbox.',
    },
    source: [
      { ref: 'S002', note: 'Email from the practice shared mailbox to helpdesk@nhs.net (2024)' },
      { ref: 'S003', note: 'Locums' },
      { ref: 'S004', note: 'What to include; leavers' },
      { ref: 'https://notts-care-ig.net/nhs-mail/', note: 'Common rejection reason' },
      { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'apply',
    title: 'Apply for NHSmail',
    synonyms: [
      'apply',
      'application',
      'register',
      'registration',
      'sign up',
      'new account',
      'get nhsmail',
      'get an email',
      'nhs.net connect',
      'onboarding',
    ],
    answer:
      'Check the prerequisites for your type of organisation first: a published DSPT, your ODS code, the right authentication details, and a unique mobile number and personal email address for each person.',
    steps: [
      'Publish your DSPT at the level your sector needs.',
      "Find your site's ODS code.",
      'Get your authentication details ready.',
      "Gather each person's name, personal email address and mobile number starting 07, and decide who will own the shared mailbox.",
      'Complete the online registration form.',
      'Each person then gets their username by email and a temporary password by text message. They sign in, set a new password, accept the Acceptable Use Policy, set up security questions and register for MFA.',
    ],
    contactIds: ['nas-helpdesk', 'support-site'],
    sectorIds: 'all',
    sectorNotes: {
      optometry:
        'Get an NHSBSA authentication code first: without it the application is not processed. Then use the optometry registration form. Contractors with more than 10 sites use Egress instead.',
      pharmacy:
        "Older guides ask for the premises ODS code, the pharmacy's NHSBSA-registered email address and premises GPhC number, then a one-time passcode.",
      dental: 'Use the CQC Location ID and CQC Contact ID, or ask for a one-time passcode through the form.',
      'social-care':
        'Use the site ODS code, not the headquarters code, and register 2 to 10 staff. It can take up to 48 hours for the NHSmail team to reply.',
      'gp-locum':
        'Register your interest on the online form first. Within 7 days you are emailed, at your GMC Online email address, with guidance and a 6-digit individual one-time passcode.',
      'independent-midwife': 'Read the independent midwives FAQ on the NHSmail support site.',
    },
    source: [
      { ref: 'S004', note: 'Prerequisites and activation' },
      { ref: 'S002' },
      { ref: 'https://support.nhs.net/knowledge-base/registration-routes' },
      {
        ref: 'https://www.england.nhs.uk/ourwork/clinical-policy/ordering-medication-using-proxy-access/getting-a-secure-email-account-a-guide-for-social-care-organisations/signing-up-for-nhsmail/',
        note: 'Social care steps, up to 48 hours',
      },
      { ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/' },
      { ref: 'https://cpderbyshire.org.uk/our-news/nhs-mail/', note: 'Pharmacy authentication details' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'ods-code',
    title: 'Find your ODS code',
    synonyms: [
      'ods',
      'ods code',
      'organisation code',
      'site code',
      'practice code',
      'f code',
      'v code',
      'odscode',
      'code',
    ],
    answer:
      'Your ODS code identifies your organisation or site. Search the ODS Data Search and Export tool by postcode, or ask the ODS team.',
    steps: [
      'Search for your organisation in the ODS Data Search and Export tool, for example by postcode.',
      'Or email the ODS team at ssd.nationalservicedesk@nhs.net or call 0300 303 5035.',
      'Older guidance gives exeter.helpdesk@nhs.net for confirming a code.',
    ],
    contactIds: ['ods-service-desk', 'ods-exeter-helpdesk-older'],
    sectorIds: 'all',
    sectorNotes: {
      pharmacy:
        'Pharmacy codes are 5 characters starting with F, for example FVR79, and are printed at the top of your monthly NHSBSA payment schedule.',
      dental:
        'Dental codes are V and 5 digits, for example V03462. Leave out the extra 0 after the V in a 7-character NHS Dental Services code.',
      'social-care':
        'Use the site code, V and 4 letters or numbers (for example VLAXL), not the headquarters code, which usually starts with A.',
      optometry: 'Use your optical site code. Its character format is not confirmed.',
      'gp-locum': 'GP practice codes are a letter and 5 digits, for example H85037.',
    },
    source: [
      { ref: 'https://isd.digital.nhs.uk/trud3/user/guest/group/0/pack/5', note: 'ODS contacts, late 2025' },
      { ref: 'S001', note: 'exeter.helpdesk@nhs.net' },
      { ref: 'https://www.digitalcarehub.co.uk/resource/how-to-find-an-ods-code' },
      {
        ref: 'https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services',
      },
      { ref: 'https://cpe.org.uk/digital-and-technology/standards-and-interoperability-it/pharmacy-ods-codes' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'nhsbsa-code',
    title: 'Get an NHSBSA authentication code (optometry)',
    synonyms: ['nhsbsa', 'bsa', 'authentication code', 'auth code', 'code', 'set-up code', 'optometry code', 'gos'],
    answer:
      'Optometry practices need an authentication code from NHSBSA before applying. If you apply without it, the application is not processed.',
    steps: [
      "Email NHSBSA at pao-support@nhsbsa.nhs.uk to ask for an authentication code, or use the online form on NHSBSA's page for GOS contractors.",
      'It can take up to two weeks.',
      'NHSBSA then directs you to the optometry registration form on the NHSmail portal.',
    ],
    contactIds: ['nhsbsa-pao-support', 'nhsbsa-ophthalmic-services-page', 'optometry-registration-form'],
    sectorIds: ['optometry'],
    source: [
      { ref: 'S002' },
      { ref: 'https://essex-loc.org/gos-pcse/' },
      { ref: 'https://nhsbsa.nhs.uk/provider-assurance-ophthalmic-services', note: 'Online form, up to two weeks' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'dspt',
    title: 'Data Security and Protection Toolkit (DSPT)',
    synonyms: [
      'dspt',
      'toolkit',
      'data security',
      'ig toolkit',
      'standards met',
      'approaching standards',
      'assessment',
      'publish',
      '30 june',
    ],
    answer:
      'You need a published DSPT assessment before applying: Standards Met or higher for optometry, pharmacy and dental practices, and Approaching Standards or higher for social care. Renew it every year by 30 June.',
    steps: [
      'Check your published status by searching for your organisation name or ODS code on the DSPT organisation search.',
      'Not registered yet? Register on the DSPT website. You need an active ODS code.',
      'One DSPT per practice is enough.',
      'A publication lapses if it is not renewed each year. Not keeping a DSPT may lead to suspension or deletion of your NHSmail accounts.',
    ],
    contactIds: ['dspt-organisation-search', 'dspt-register'],
    sectorIds: 'all',
    sectorNotes: {
      'social-care': 'If you previously published at Approaching Standards, you must reach Standards Met to republish.',
    },
    source: [
      { ref: 'S004', note: 'Required levels' },
      { ref: 'S001', note: 'One DSPT per practice' },
      { ref: 'https://support.nhs.net/?p=710' },
      { ref: 'https://www.digitalcarehub.co.uk/dspt/review-and-update-your-dspt/' },
      { ref: 'https://www.digitalcarehub.co.uk/dspt/check-dspt-status/' },
      {
        ref: 'https://www.aop.org.uk/our-voice/aop-news/2021/09/20/nhsmail-and-data-protection-security-toolkit',
        note: 'Suspension or deletion',
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'egress',
    title: 'Egress secure email instead of NHSmail',
    synonyms: [
      'egress',
      'secure email',
      'encryption',
      'encrypted',
      'more than 10 sites',
      'locum',
      'non-gos',
      'no nhsmail',
    ],
    answer:
      'Egress is a free secure email service for people who cannot get NHSmail, such as locums without an account, GOS contractors with more than 10 sites and non-GOS practices. It works with your existing email address and needs no DSPT.',
    steps: [
      "Complete NHSBSA's online form. NHSBSA sends an invitation email, usually within a week.",
      'Questions about Egress accounts go to pao-support@nhsbsa.nhs.uk.',
      'Contractors with more than 10 practices can also ask FODO.',
    ],
    contactIds: ['nhsbsa-pao-support', 'fodo'],
    sectorIds: ['optometry'],
    source: [
      { ref: 'S000', note: 'Free; existing email address; invitation within a week' },
      { ref: 'S001', note: 'No DSPT needed for Egress' },
      { ref: 'S002' },
      { ref: 'S003', note: 'More than 10 sites or non-GOS practices' },
      { ref: 'https://essex-loc.org/gos-pcse/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'mfa',
    title: 'Multi-factor authentication (MFA)',
    synonyms: [
      'mfa',
      'multi-factor',
      'two-factor',
      '2fa',
      'authenticator',
      'microsoft authenticator',
      'keep your account secure',
      'verification code',
      'text code',
      'new phone',
      'security info',
    ],
    answer:
      'MFA is mandatory for NHSmail. Sector sources say users who have not enrolled lose access from 26 March 2025 until they do.',
    steps: [
      'Sign in at https://portal.nhs.net, open Profile, then My Profile, then choose Self-Service and Self-enroll for MFA.',
      'Methods are the Microsoft Authenticator app (recommended), text message, phone call or a FIDO2 token. FIDO2 tokens and NHS Smartcards are not core methods, so set up a core method first.',
      'The Microsoft page that asks you to register is titled "Keep your account secure".',
      'You can manage your methods at https://mysignins.microsoft.com/security-info.',
    ],
    contactIds: ['nhsmail-portal', 'mysignins-security-info', 'mfa-faqs', 'nhsmail-helpdesk'],
    sectorIds: 'all',
    source: [
      {
        ref: 'https://cpe.org.uk/our-news/reminder-mandatory-nhsmail-multi-factor-authentication-for-all-users/',
        note: 'Self-enrolment steps and methods',
      },
      {
        ref: 'https://hcpa.info/digital/important-nhsmail-multi-factor-authentication-mfa',
        note: '26 March 2025 (sector source)',
      },
      { ref: 'https://support.nhs.net/knowledge-base/mfa-ca-faqs', note: 'Core methods' },
      { ref: 'https://support.nhs.net/2023/03/inc34945419-multifactor-authentication-mfa-prompt/' },
      { ref: 'https://support.nhs.net/knowledge-base/getting-ready-to-use-self-service-password-reset-and-unlock/' },
    ],
    reviewed: '2026-11-23',
  },
  {
    id: 'secure-email',
    title: 'Sending patient information securely (secure email)',
    synonyms: [
      'secure',
      'secure email',
      'secure subject',
      'gmail',
      'hotmail',
      'personal email address',
      'patient',
      'patients',
      'patient information',
      'sensitive information',
      'confidential',
      'encrypt',
      'encryption',
      'encrypted email',
      'dcb1596',
      'secure email standard',
      'outside nhsmail',
      'non-nhs address',
    ],
    answer:
      'Email from one @nhs.net address to another is already secure, and so is email with organisations accredited to the secure email standard (DCB1596). For anyone else, such as a Gmail address or a patient, type [secure] in the subject line, if your organisation allows it.',
    steps: [
      '@nhs.net to @nhs.net: already secure. You do not need to add anything.',
      'Organisations accredited to the secure email standard (DCB1596) can also exchange email securely with NHSmail. The list of accredited organisations is published on the secure email standard page on digital.nhs.uk. Accreditation lasts a year.',
      'Anyone else, for example a Gmail address or a patient: type [secure] in the subject line, with the square brackets. Only do this where your organisation allows it.',
      'The person you send it to registers with the encryption service and reads the message in a web browser. They may be asked for a one-time passcode.',
      'Someone without NHSmail cannot start an encrypted exchange with you.',
      'Older guidance used [encrypt] in the subject, which had the same effect.',
    ],
    contactIds: ['secure-email-guidance', 'secure-email-standard'],
    sectorIds: 'all',
    source: [
      { ref: 'S001', note: 'Secure only when both sender and recipient use @nhs.net' },
      {
        ref: 'https://pdf4pro.com/view/encryption-guide-for-nhsmail-amazon-s3-6c8d3d.html',
        note: 'NHSmail to NHSmail needs no encryption (July 2021)',
      },
      { ref: 'https://digital.nhs.uk/services/nhsmail/the-secure-email-standard', note: 'DCB1596 and the list' },
      {
        ref: 'https://digital.nhs.uk/services/nhsmail/the-secure-email-standard/secure-email-standard-dcb1596-guidance',
        note: 'Accreditation lasts one year',
      },
      {
        ref: 'https://digital.nhs.uk/services/nhsmail/guidance-for-sending-secure-email',
        note: '[secure] in the subject, where allowed locally',
      },
      {
        ref: 'https://info.5y1.org/local-business-emails_1_8293b9.html',
        note: 'Others cannot start an encrypted exchange (May 2020)',
      },
      {
        ref: 'https://yourspace.merseycare.nhs.uk/trust-wide-news/your-guide-sending-secure-emails',
        note: '[encrypt] and one-time passcodes (24 October 2023)',
      },
    ],
    reviewed: '2026-12-01',
  },
  {
    id: 'long-leave',
    title: 'Long leave: a disabled account is kept for 18 months',
    synonyms: [
      'long leave',
      'long-term leave',
      'maternity leave',
      'paternity leave',
      'parental leave',
      'sick leave',
      'sabbatical',
      'career break',
      'away for months',
      'disable',
      'disable account',
      'disabled account',
      '18 months',
    ],
    answer:
      'An account can be disabled while someone is on long-term leave. A disabled account counts as inactive, but it stays on NHSmail for up to 18 months without being used.',
    steps: [
      'Going away for a long time? Before you go, ask whether your account can be disabled: your local administrator, or the NAS if it manages your organisation.',
      'A disabled account is kept for up to 18 months with no sign-in needed.',
      'An account that is not disabled follows the usual rule: inactive after 30 days without use, deleted at 60 days.',
      'This extension counts from the last sign-in it saw. It cannot tell that an account has been disabled.',
    ],
    contactIds: ['nas-helpdesk'],
    sectorIds: 'all',
    source: [
      {
        ref: 'https://support.nhs.net/knowledge-base/la-communication-24-november-2022/',
        note: 'Disabled accounts count as inactive but stay 18 months',
      },
      { ref: 'https://support.nhs.net/knowledge-base/disabling-a-user-account/', note: 'Up to 18 months' },
    ],
    reviewed: '2026-12-01',
  },
  {
    id: 'reset-details',
    title: 'Keep a mobile number and security details on your account',
    synonyms: [
      'mobile number',
      'change mobile',
      'update mobile',
      'new mobile',
      'security details',
      'security answers',
      'account secret',
      'security questions',
      'my profile',
      'hide mobile',
      'recovery',
    ],
    answer:
      'Keep a UK mobile number and an account secret or security questions on your NHSmail account. The helpdesk uses them to prove it is you; without them, your shared mailbox owner has to ask the NAS to confirm who you are.',
    steps: [
      'Sign in to the NHSmail portal and open Profile, then My Profile, to check your mobile number and security questions.',
      'Set an account secret when asked. When you call the helpdesk, it asks for characters from your account secret or security answers, and the mobile number linked to your account.',
      'Register at least one way to reset your password yourself, such as the Authenticator app or text messages, at https://mysignins.microsoft.com/security-info.',
      'You can hide your mobile number from the address book on the same profile page.',
      'To have a new password sent to a different mobile, the shared mailbox has to send a confirmation email first.',
    ],
    contactIds: ['nhsmail-portal', 'mysignins-security-info', 'nhsmail-helpdesk'],
    sectorIds: 'all',
    source: [
      { ref: 'https://support.nhs.net/?p=15324', note: 'Record a UK mobile and set an account secret' },
      { ref: 'S004', note: 'What the helpdesk asks for; a different mobile' },
      {
        ref: 'https://academy.midlandsandlancashirecsu.nhs.uk/user-guides/nhsmail-changing-your-details-and-security-questions/',
        note: 'Profile page: Security Questions, hide mobile number',
      },
      { ref: 'https://support.nhs.net/knowledge-base/getting-ready-to-use-self-service-password-reset-and-unlock/' },
    ],
    reviewed: '2026-12-01',
  },
  {
    id: 'new-name',
    title: 'NHS.net Connect: the new name for NHSmail',
    synonyms: [
      'nhs.net connect',
      'nhsnet connect',
      'connect',
      'new name',
      'renamed',
      'rebrand',
      'rebranded',
      'nhs mail',
    ],
    answer:
      'NHSmail has been renamed NHS.net Connect. It is the same service: newer pages use the new name, and most guidance still says NHSmail.',
    steps: [
      'Digital Care Hub calls it NHS.net Connect, formerly known as NHSmail.',
      "Community Pharmacy England's FAQ uses the new name, and a care association speaks of the NHS.net Connect Portal.",
      'No official source gives the date of the change.',
      'This extension says NHSmail, the name most guidance uses.',
    ],
    contactIds: ['support-site'],
    sectorIds: 'all',
    source: [
      { ref: 'https://www.digitalcarehub.co.uk/resource/how-to-find-an-ods-code', note: 'Formerly known as NHSmail' },
      { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/', note: 'NHS.net Connect FAQs' },
      { ref: 'https://linca.graphicgeneweb.co.uk/digital-resource/nhsmail', note: 'NHS.net Connect Portal' },
    ],
    reviewed: '2026-12-01',
  },
  {
    id: 'leaving',
    title: 'Leaving: your account is deleted 30 days after you are marked a leaver',
    synonyms: [
      'leaver',
      'leavers',
      'leaving',
      'last day',
      'resigning',
      'retiring',
      'retirement',
      'end of contract',
      'save emails',
      'keep my emails',
      'marked as leaver',
      'handover',
      'hand over',
    ],
    answer:
      'When you leave, your account is marked as a leaver and deleted 30 days later, unless another organisation takes it on in that time. Save what you need and hand over any shared mailbox roles before you go.',
    steps: [
      'Tell the NAS you are leaving. It marks your account as a leaver.',
      'Save anything you need to keep before the account is deleted, 30 days after it is marked as a leaver.',
      'Own a shared mailbox? Email the NAS or call 0333 200 1133 to have your permissions removed and a new owner named.',
      "Your site's shared mailbox owner removes you from the site's shared mailbox.",
      'Moving to another organisation? Its shared mailbox owner asks the NAS to mark your account as a joiner within the 30 days, and the account stays yours.',
      'A shared mailbox that moves to another sponsoring organisation must also move within 30 days of being marked as a leaver.',
    ],
    contactIds: ['nas-helpdesk', 'nhsmail-helpdesk'],
    sectorIds: 'all',
    source: [
      { ref: 'S004', note: 'Deleted 30 days after being marked a leaver; owners leaving; shared mailbox moves' },
      {
        ref: 'https://support.nhs.net/knowledge-base/nhsmail-frequently-asked-questions-faqs-independent-midwives',
        note: '30 days from leaver to joiner',
      },
      { ref: 'https://987715.ixgpkh.asia/?p=625', note: 'Older data retention policy (mirror)' },
    ],
    reviewed: '2026-12-01',
  },
  {
    id: 'shared-mailbox-owner',
    title: 'Shared mailbox owners: what you look after',
    synonyms: [
      'shared mailbox owner',
      'mailbox owner',
      'owner duties',
      'responsibilities',
      'automatic reply',
      'auto reply',
      'auto-reply',
      'out of office',
      'redirect',
      'unmonitored mailbox',
      'nobody reads',
      'send as',
      'mailbox permissions',
    ],
    answer:
      "The shared mailbox owner arranges accounts for new staff, gives and removes access, and is the NAS's main contact for the site. A shared mailbox that nobody reads should have an automatic reply or a redirect.",
    steps: [
      'Ask the NAS for accounts for new users, pass on their usernames and passwords, and help them sign in the first time.',
      'Give staff access to the shared mailbox, and remove the access of people who leave.',
      'Make sure staff follow the DSPT.',
      'Keep a mobile number you can answer on your account. The NAS uses it to confirm other users, for example someone who has forgotten their password and has no other way to prove who they are.',
      'Members can send as the shared mailbox; owners can also add and remove members. A mailbox can have more than one owner, so someone is always available.',
      'If nobody watches the shared mailbox, set an automatic reply or a redirect on it.',
      'In the portal (older screens): Profile, then Shared Mailboxes, search, click the display name, then Add and Update.',
    ],
    contactIds: ['nas-helpdesk'],
    sectorIds: 'all',
    source: [
      { ref: 'S004', note: 'Owner responsibilities; automatic reply or redirect' },
      {
        ref: 'https://support.nhs.net/knowledge-base/getting-the-most-from-your-shared-mailbox',
        note: 'Member and Owner roles',
      },
      { ref: 'https://987715.ixgpkh.asia/knowledge-base/managing-shared-mailboxes', note: 'Portal steps (mirror)' },
    ],
    reviewed: '2026-12-01',
  },
] as const satisfies readonly NeedInput[];

export type NeedEntry = DeepReadonly<Need>;

/** Every need, in the order to list them. */
export const NEEDS: readonly NeedEntry[] = NEED_DATA;

/** The need with this id. */
export function needById(id: NeedId): NeedEntry;
export function needById(id: string): NeedEntry | undefined;
export function needById(id: string): NeedEntry | undefined {
  return NEEDS.find((need) => need.id === id);
}
