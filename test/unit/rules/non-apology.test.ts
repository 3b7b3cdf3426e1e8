import { expectRule } from '../helpers';

const rule = 'non-apology';

describe(rule, () => {
  it('flags rote and conditional apologies', () => {
    const [rote] = expectRule(rule, '[[We apologize for any inconvenience]].');
    if (rote!.suggestions[0]!.replacement !== 'We are sorry for the disruption this caused') throw new Error(rote!.suggestions[0]!.replacement);
    expectRule(rule, '[[We apologize for any inconvenience this may have caused]].');
    expectRule(rule, 'Please accept our [[apologies for any inconvenience]].');
    expectRule(rule, "We're [[sorry if you]] were affected.");
    expectRule(rule, '[[We regret any inconvenience]].');
    expectRule(rule, 'Our sincere [[apologies for the trouble]].');
  });

  it('stays quiet on apologies that name the harm', () => {
    expectRule(rule, 'We are sorry that you could not ship parcels for two hours on Monday.');
    expectRule(rule, "We're incredibly sorry for the disruption this outage caused.");
  });

  it('flags the rote apology with or without an article, and repeated', () => {
    expectRule(rule, '[[We apologise for inconvenience this will cause]].');
    expectRule(rule, '[[We apologise again for the inconvenience]].');
  });

  it('flags an apology only to whoever turns out to be affected', () => {
    expectRule(rule, 'We [[apologise to any customer who]] has been affected.');
  });

  it('accepts an apology to everyone who suffered a named harm', () => {
    expectRule(rule, 'We are sorry to anyone who could not pay for two hours on Monday 3 March.');
  });

  it('flags "any issues this has caused" and a doubted inconvenience wherever the apology stands', () => {
    expectRule(rule, 'We [[apologise for any issues]] this has caused.');
    expectRule(rule, 'We sincerely apologise to all our patients for [[the inconvenience this may have caused]] you.');
    expectRule(rule, 'We are sorry for the disruption this outage caused to your bookings.');
  });

  it('flags doubted harm after the apology and apologies only to "those who were affected"', () => {
    expectRule(rule, 'We apologise for the disappointment and frustration [[that this may have caused]] you.');
    expectRule(rule, '[[Apologies to those who]] were affected.');
  });

  it('flags apologies to whoever was affected, and accepts an apology that names who was harmed', () => {
    expectRule(rule, 'We [[apologise to any members of the public who]] were affected.');
    expectRule(rule, 'We are very sorry for the impact this had on our users, who could not log in for an hour.');
  });

  it('accepts an apology that spells out the harm, and uncertainty about a named effect', () => {
    expectRule(rule, 'We apologise for the issues this has caused: nobody could log in from 14:02 to 14:40 UTC.');
    expectRule(rule, 'We apologise: the bug stopped all card payments for two hours, and it may have caused some orders to be sent twice.');
  });

  it('flags doubted harm to whoever it was done to', () => {
    expectRule(rule, 'We are sorry about what happened and any disruption [[this may have caused]] our customers.');
  });

  it('flags the inconvenience of an outage, apologies to whoever encountered trouble, and conditional apologies', () => {
    expectRule(rule, 'Front apologizes to the affected customers for [[the inconvenience caused by this extended outage]].');
    expectRule(rule, 'Our sincere [[apologies for those who]] have encountered the trouble.');
    expectRule(rule, 'We are [[sorry to anyone who]] experienced delays.');
    expectRule(rule, '[[If you are still without power I apologise]], but our engineers are working.');
  });
});
