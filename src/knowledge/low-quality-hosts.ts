/**
 * Sites a record must not cite (issue #12: sources a reader can trust). Found on 6 Dec 2026
 * among the knowledge base's sources: spam mirrors of Wikipedia, AI-rewritten "news" sites
 * that invent results, quiz and diagram pages, and unrelated domains serving copied text.
 * A mirror of a Wikipedia article is cited as the article itself.
 */
export const LOW_QUALITY_HOSTS: ReadonlySet<string> = new Set([
  '6up.net',
  '9inenews.com',
  'aggregoctt.github.io',
  'alltoc.com',
  'app.defzone.net',
  'blog.knowksa.com',
  'cirrkus.com',
  'coree-du-sud.igr-iae.com',
  'cysec-5q3.pages.dev',
  'dailydigest360.com',
  'dunnozmovie.com',
  'eatsip365.com',
  'ec2-34-193-34-229.compute-1.amazonaws.com',
  'emailtuna.com',
  'esporterio.blogspot.com',
  'eunewsweek.com',
  'friendlywiki.com',
  'fwcumc.com',
  'golfersauthority.com',
  'heidoh.com',
  'hessslslslsls.azureedge.net',
  'hmjournal.com',
  'jasoncote.co',
  'kihulane.eu',
  'kolekrinsights.com',
  'labeldiagram.com',
  'longform.social',
  'namegenerator.biz',
  'news.hanna-ai.com',
  'news.jointearn.com',
  'newsar.codejungle.org',
  'nflplayoffpass.com',
  'norvanreports.com',
  'offstream.news',
  'perceptiofr.com',
  'physiotherapie-warendorf.de',
  'pixelation.org',
  'pressai.world',
  'realdealtakes.com',
  'slownews.today',
  'sparkthread.net',
  'test.daily8.com',
  'theactualnews.org',
  'themonexus.com',
  'therocketflame.com',
  'today24.pro',
  'travel.com',
  'up2dat.com',
  'watermarkoutnews.com',
  'waterplops.com',
  'web-production-4e80b.up.railway.app',
  'wiki.riteme.site',
  'wikiclassic.com',
  'worldreviewnews.com',
  'www.ananyasoch.com',
  'www.daily8.com',
  'www.itsthepictures.com',
  'www.principlecivics.com',
  'www.rawchili.com',
  'www.rbtfl.xyz',
  'www.unitednetworker.com',
  'www.wikiplanet.click',
  'www.world-today-news.com',
  'xyz.pl',
]);

/** The host of a source URL, without "www.", when it is one of LOW_QUALITY_HOSTS. */
export function lowQualityHost(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return LOW_QUALITY_HOSTS.has(host) || LOW_QUALITY_HOSTS.has(host.replace(/^www\./, '')) ? host : null;
}
