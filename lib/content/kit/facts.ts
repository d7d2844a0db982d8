/**
 * GENERATED from lib/knowledge by lib/content/kit/facts-projection.ts (`npx node lib/content/kit/facts-projection.ts`).
 * Do not edit by hand: test/unit/hints-facts.test.ts fails when this differs from the knowledge base.
 * Kept as a literal so the portal content script carries only these strings (15 KB budget).
 */
export const HINT_FACTS = {
  helpdesk: {
    name: 'NHSmail helpdesk',
    phone: {
      display: '0333 200 1133',
      tel: '03332001133',
    },
    always: true,
    ivr: ['Choose option 1: unable to access your account.', 'Then choose option 1 again: password reset.'],
    haveReady: [
      'Your NHSmail email address',
      'The mobile number linked to your account',
      'Characters from your security answers or account secret, if you set them',
    ],
  },
  policy: {
    minLength: 10,
    noSpaces: true,
    rules: [
      'At least 10 characters, with no spaces',
      'Not one of your previous 4 passwords',
      'Must not contain your first name or last name',
      'Not a common password, such as Password123',
      'Not a password known to have been breached',
    ],
  },
  restricted: {
    minLength: 20,
    validDays: 90,
    effectiveFrom: '2024-09-02',
    effectiveFromWords: '2 September 2024',
    note: 'Whether this restricted group still exists now that MFA is mandatory is not confirmed.',
  },
  password: {
    selfService:
      'Use the self-service password reset link on the NHSmail portal sign-in page. It works if you have registered the Authenticator app, text message or a phone call as a method.',
    noSecret:
      'No account secret or mobile number on your account? Your shared mailbox owner contacts the NAS to confirm who you are.',
  },
  mfa: {
    answer:
      'MFA is mandatory for NHSmail. Sector sources say users who have not enrolled lose access from 26 March 2025 until they do.',
    enrol:
      'Sign in at https://portal.nhs.net, open Profile, then My Profile, then choose Self-Service and Self-enroll for MFA.',
    methods:
      'Methods are the Microsoft Authenticator app (recommended), text message, phone call or a FIDO2 token. FIDO2 tokens and NHS Smartcards are not core methods, so set up a core method first.',
    prompt: 'The Microsoft page that asks you to register is titled "Keep your account secure".',
    manage: 'You can manage your methods at https://mysignins.microsoft.com/security-info.',
  },
  sharedMailbox: {
    roles:
      'Owners add and remove users and are the main contact for the NAS; members can send and receive. A mailbox can have more than one owner for continuity.',
    nasEmail: 'helpdesk@nhs.net',
    nasHours: {
      open: '09:00',
      close: '17:00',
    },
    addRemove:
      "The shared mailbox owner emails the NAS at helpdesk@nhs.net from the site's shared mailbox. A site can have up to 10 accounts (NAS); some optometry guidance says 3.",
    include:
      'For each new person give their full name, personal (non-NHSmail) email address, mobile number starting 07, and whether they will be an owner or a member of the shared mailbox.',
    leavers:
      'When someone leaves, the owner removes them from the shared mailbox and the NAS marks their account as a leaver.',
    restore:
      "If it has been deleted, the shared mailbox owner emails the NAS at helpdesk@nhs.net from the shared mailbox, within 30 days of deletion. The email gives the deleted email address and the user's mobile number.",
    joiners:
      "Joining: your new site's shared mailbox owner asks the NAS to mark your account as a joiner. This must happen within 30 days of it being marked as a leaver, or the account is deleted.",
    ownerLeaving:
      'A shared mailbox owner who is leaving emails the NAS or calls 0333 200 1133 to have their permissions removed and a new owner named.',
    noSecret:
      'No account secret or mobile number on your account? Your shared mailbox owner contacts the NAS to confirm who you are.',
  },
} as const;
