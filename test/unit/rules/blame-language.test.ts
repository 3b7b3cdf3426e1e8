import { expectRule } from '../helpers';

const rule = 'blame-language';

describe(rule, () => {
  it('flags blaming people or vendors', () => {
    expectRule(rule, 'The outage was caused by [[human error]].');
    expectRule(rule, '[[An engineer mistakenly]] deleted the table.');
    expectRule(rule, 'This was due to our [[cloud provider]].');
    expectRule(rule, 'The cause was [[outside our control]].');
  });

  it('stays quiet on vendors mentioned without blame', () => {
    expectRule(rule, 'We are adding a second DNS provider so one failure cannot take us offline.');
    expectRule(rule, 'We made a configuration change that broke logins.');
  });

  it('does not mistake error messages or failing over for blame', () => {
    expectRule(rule, 'The operator failed over the database to the standby.');
    expectRule(rule, 'The app showed a user error message.');
    expectRule(rule, 'The change was [[deployed by an engineer]] without review.');
  });

  it('flags a vendor named as the cause', () => {
    expectRule(rule, 'This was due to an unexpected [[hosting provider issue]].');
    expectRule(rule, 'The outage was caused by [[an issue with the primary CDN]].');
    expectRule(rule, 'We found an issue with the primary CDN and moved traffic.');
  });

  it('needs the cause assigned close to the vendor', () => {
    expectRule(rule, 'Due to a surprise interdependency between our network providers, we lost traffic.');
    expectRule(rule, 'This was due to an [[issue with our network provider]].');
  });

  it('names a provider without blame when no cause is assigned, and finds the cause a few words away', () => {
    expectRule(rule, 'We kept payments working during the cloud provider outage by moving traffic.');
    expectRule(rule, 'The outage was caused by a failure on the host that runs our database.');
    expectRule(rule, 'The outage was caused by a hardware [[failure at our cloud provider]].');
  });

  it('flags an issue placed with a provider, and a provider that "experienced" one', () => {
    expectRule(rule, 'Card payments failed because of an [[issue with our card provider’s]] network.');
    expectRule(rule, 'Calls dropped during an [[outage affecting one of our service providers]].');
    expectRule(rule, 'Logins failed as a result of our [[DNS provider experiencing]] an attack.');
    expectRule(rule, 'We have a fix with our vendor and will apply it tonight.');
  });

  it('flags a vendor issue that is the subject of the harm, not one that is only mentioned', () => {
    expectRule(rule, 'An unexpected [[hosting provider issue]] caused the devices to go offline.');
    expectRule(rule, 'We kept payments working during the cloud provider outage by moving traffic.');
  });

  it('flags another company named as the cause', () => {
    expectRule(rule, 'Flights were grounded due to [[the CrowdStrike outage]].');
    expectRule(rule, 'Checkout failed [[because of an Azure incident]].');
    expectRule(rule, 'Checkout failed because of a bug in our code.');
    expectRule(rule, 'Logins failed [[due to an AWS outage]].');
  });

  it('does not take an acronym, a month or the first word of a sentence for a company', () => {
    expectRule(rule, 'Logins failed due to a DNS issue in our own configuration.');
    expectRule(rule, 'Refunds were delayed because of the March outage.');
    expectRule(rule, 'Checkout failed due to an API error that we introduced.');
  });

  it('flags payment processors and suppliers placed at the cause', () => {
    expectRule(rule, 'The outage was due to a major water [[leak at one of our third party suppliers]].');
    expectRule(rule, 'Our [[supplier Wavenet experienced]] an outage.');
  });

  it('flags a named vendor outage and trouble placed with a provider', () => {
    expectRule(rule, 'Orders failed during [[a global AWS service disruption]].');
    expectRule(rule, 'Flights stopped after last week’s [[CrowdStrike outage]].');
    expectRule(rule, 'Calls dropped because of a [[fault with Openreach]].');
    expectRule(rule, 'An infrastructure fault was [[experienced by our cloud service provider]].');
  });

  it('does not read owning a mistake as blame', () => {
    expectRule(rule, 'The tickets went out late. Human error on my behalf.');
  });

  it('does not take other capitalised words for companies, nor a provider named as a modifier or denied', () => {
    expectRule(rule, '# Outage Due to a Database Failure');
    expectRule(rule, 'Payments failed because of a London outage. Logins failed due to a Redis outage in our own cluster.');
    expectRule(rule, 'We fixed an issue with our payment provider integration code.');
    expectRule(rule, 'This was not an issue with our provider.');
    expectRule(rule, 'We received an update on the issue from our provider.');
    expectRule(rule, 'The outage was caused by the database host running out of disk.');
  });

  it('flags trouble placed with our host or a named network', () => {
    expectRule(rule, 'The site was down because of a configuration [[issue with our host]].');
    expectRule(rule, 'Lines dropped due to a configuration [[change on the BT Network]].');
  });

  it('does not read our own host server, or our own change on a named network, as blame', () => {
    expectRule(rule, 'The outage was caused by a disk fault with our host server.');
    expectRule(rule, 'We made a change on the BT network at 02:00 UTC that cut off broadband.');
  });

  it('flags an unnamed third party handed the trouble', () => {
    expectRule(rule, 'We were informed by [[one of our third-party payment processors]] that payments were failing.');
    expectRule(rule, '[[An upstream provider]] we use for sign-in is having a service degradation.');
    expectRule(rule, 'The script was interrupted by [[human interaction]], locking the table.');
    expectRule(rule, 'The outage stemmed from [[third-party software]] on our routers.');
  });

  it('leaves a provider that is not said to be in trouble alone', () => {
    expectRule(rule, 'Our payment provider confirmed that no card details were exposed.');
    expectRule(rule, 'We are working with our hosting provider to add a second data centre.');
    expectRule(rule, 'Staff needed human intervention to restart the service.');
    expectRule(rule, 'One of our partners helped us restore the service.');
  });

  it('flags one of our engineers as the actor, and trouble at another company\'s data centre', () => {
    expectRule(rule, 'On 3 August, [[one of our engineers made]] a bad database migration.');
    expectRule(rule, 'The site was down due to a [[power issue at the Rackspace data center]].');
  });

  it('leaves trouble at our own data centre alone', () => {
    expectRule(rule, 'The site was down due to a power issue at our data center.');
  });

  it('leaves bugs in input handling, remedies, associations and our own data centres alone', () => {
    expectRule(rule, 'The crash was caused by user input containing a null byte.');
    expectRule(rule, 'Service was restored by manual intervention from our on-call engineer.');
    expectRule(rule, 'Only accounts linked to third-party apps were affected.');
    expectRule(rule, 'The outage was caused by a power failure in the Frankfurt data centre.');
    expectRule(rule, 'The processor was experiencing thermal throttling after the fan failed.');
    expectRule(rule, 'Our upstream provider is having their engineers replace the damaged fibre.');
    expectRule(rule, 'We moved text messages to one of our other carriers within four minutes.');
  });
});
