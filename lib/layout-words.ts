/**
 * The everyday and portal words a layout report keeps as they are (lib/content/kit/layout-report.ts);
 * every other word becomes [word], so personal names, organisation names and codes never show. Given
 * names and surnames that are also everyday words (Will, Mark, Rose, Hope, Grace, Green, Hall, Ward…)
 * are left out on purpose. Lower case, one space between words.
 *
 * In the pure core because two contexts need it: the registration script reports with it directly,
 * and the popup sends it with its request to the portal script, which then does not carry it.
 */
export const LAYOUT_WORDS =
  'a about access account accounts active add address addresses admin administrator after again agree all also an and ' +
  'answer any app application applications apply approve approved are as at authentication authenticator available ' +
  'back banner be been before begin below button by calendar call can cancel cannot care change check checkbox choose ' +
  'click close code codes com complete conditions confirm contact contacts content continue cookie cookies could cqc ' +
  'create current dashboard date day days delegate delete dental details dialog did do does done down e each edit ' +
  'email emails enter error errors expire expired expires expiry factor family field fields find finish first for ' +
  'forbidden forgot forgotten form found from full gb get given go gp has have header help here hi hidden hide home how http https i ' +
  'id identifier if in inbox info information is it its last later leave link links list loading local location ' +
  'locked locum locums log logged login logoff logout mail mailbox mailboxes main maintenance manage member members ' +
  'menu menuitem message messages mfa middle minutes mobile month more multi must my name names nas national nav ' +
  'navigation net new next nhs nhsmail no none not notice now number numbers ods of off office ok old on one only ' +
  'open optional optometrist optometry or organisation organisations organization other our out outlook overview ' +
  'owner owners page pages password passwords pending permission permissions pharmacy phone please portal postcode ' +
  'practice practices previous privacy problem profile provider question questions receive refresh register ' +
  'registered registration reject remove repeat request requests required reset retype role roles save search ' +
  'seconds section sector secure security select send service services session sessions settings shared should ' +
  'show sign signed signin signing signout site sites skip social some something sorry staff start status step steps ' +
  'submit success support surname switch tab team teams tel telephone terms text than that the then there these ' +
  'this time timed timeout title to today try type uk unauthorised unauthorized unavailable unlock up update url ' +
  'use used user username users verification verify view wait warning was we week welcome went were what when ' +
  'where which who with wrong www year years yes you your';

let set: ReadonlySet<string> | undefined;

/** The words as a set, made once. */
export function layoutWords(): ReadonlySet<string> {
  return (set ??= new Set(LAYOUT_WORDS.split(' ')));
}

/** Whether a layout report keeps this word as it is (tests use it to tell names from everyday words). */
export function isKnownWord(word: string): boolean {
  return layoutWords().has(word.toLowerCase());
}
