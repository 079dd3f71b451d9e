/** Per-site rules and "Not this …?" corrections, each removable (issue #6). */
import { removeBlockRule, removeExclusion, removeSite, setSiteRule, sortedHosts } from '../../settings/sites';
import { isolate, t } from '../../i18n/i18n';
import type { SectionProps } from './GeneralSection';
import type { BlockRule } from '../../settings/schema';

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
                {!!rule.blocks?.length && <BlockRules host={host} blocks={rule.blocks} update={update} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A site's "Always / Never remove blocks like this" rules from clean mode (issue #15, part 6). */
function BlockRules({ host, blocks, update }: { host: string; blocks: BlockRule[]; update: SectionProps['update'] }) {
  return (
    <ul class="block-rules" data-testid="block-rules" aria-label={t('optBlockRulesLabel', isolate(host))}>
      {blocks.map((b, i) => {
        const what = b.sample ? `${b.label}: “${b.sample}”` : b.label;
        return (
          <li key={`${b.keep}${b.tag}${b.tokens.join(' ')}${b.text}`} data-keep={String(b.keep)}>
            <span>{t(b.keep ? 'optBlockNever' : 'optBlockAlways', isolate(what))}</span>
            <button type="button" data-action="delete-block-rule" aria-label={t('optBlockDeleteLabel', [isolate(what), isolate(host)])}
              onClick={() => update((s) => removeBlockRule(s, host, i))}>{t('optBlockDelete')}</button>
          </li>
        );
      })}
    </ul>
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
