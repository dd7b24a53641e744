/**
 * Where a legal fact or a rate may point: the official consolidated texts and the authorities that
 * publish rates, and nothing else. A source on any other host fails the content tests.
 */
export const officialHosts: readonly string[] = [
  // Consolidated law and official journals
  'wetten.overheid.nl',
  'zoek.officielebekendmakingen.nl',
  'www.ejustice.just.fgov.be',
  'net.jogtar.hu',
  'njt.hu',
  'www.normattiva.it',
  'www.gazzettaufficiale.it',
  'www.legifrance.gouv.fr',
  'eur-lex.europa.eu',
  // Authorities that publish rates or official guidance
  'www.ecb.europa.eu',
  'www.mnb.hu',
  'mnb.hu',
  'financien.belgium.be',
  'www.bancaditalia.it',
  'www.banque-france.fr',
  'www.bsi.si',
  'apl.bsi.si',
  'www.rijksoverheid.nl',
  'www.service-public.fr',
  'www.service-public.gouv.fr',
  // The courts' own sites, for how a claim is started
  'www.rechtspraak.nl',
  'corteappellomilano.it',
];

export function isOfficialSource(url: string): boolean {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' && officialHosts.includes(host);
  } catch {
    return false;
  }
}
