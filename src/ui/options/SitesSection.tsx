/** Per-site rules and "Not this …?" corrections, each removable (issue #6). */
import { removeExclusion, removeSite, setSiteRule, sortedHosts } from '../../settings/sites';
import { isolate, t } from '../../i18n/i18n';
import type { SectionProps } from './GeneralSection';

export function SitesSection({ settings, update }: SectionProps) {
  const hosts = sortedHosts(Object.keys(settings.sites));
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optSitesTitle')}</h2>
      {!hosts.length ? <p class="muted">{t('optSitesNone')}</p> : (
        <ul class="rows" data-testid="site-rules">
          {hosts.map((host) => {
            const rule = settings.sites[host]!;
            return (
              <li key={host} class="row" data-host={host}>
                <bdi dir="ltr" class="host">{host}</bdi>
                <label><input type="checkbox" checked={!!rule.alwaysClean}
                  onChange={(e) => update((s) => setSiteRule(s, host, { alwaysClean: (e.currentTarget as HTMLInputElement).checked }))} />
                <span>{t('optSiteAlwaysClean')}</span></label>
                <label><input type="checkbox" checked={!!rule.noCards}
                  onChange={(e) => update((s) => setSiteRule(s, host, { noCards: (e.currentTarget as HTMLInputElement).checked }))} />
                <span>{t('optSiteNoCards')}</span></label>
                <button type="button" aria-label={t('optSiteRemoveLabel', isolate(host))} onClick={() => update((s) => removeSite(s, host))}>
                  {t('optRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function ExclusionsSection({ settings, update }: SectionProps) {
  const hosts = sortedHosts(Object.keys(settings.exclusions));
  return (
    <section aria-labelledby="exclusions-title">
      <h2 id="exclusions-title">{t('optExclusionsTitle')}</h2>
      <p class="muted">{t('optExclusionsIntro')}</p>
      {!hosts.length ? <p class="muted">{t('optExclusionsNone')}</p> : (
        <ul class="rows" data-testid="exclusions">
          {hosts.flatMap((host) => settings.exclusions[host]!.map((surface) => (
            <li key={`${host}\u0000${surface}`} class="row">
              <span>{t('optExclusionItem', [isolate(surface), isolate(host)])}</span>
              <button type="button" aria-label={t('optExclusionUndoLabel', [isolate(surface), isolate(host)])}
                onClick={() => update((s) => removeExclusion(s, host, surface))}>{t('optExclusionUndo')}</button>
            </li>
          )))}
        </ul>
      )}
    </section>
  );
}
