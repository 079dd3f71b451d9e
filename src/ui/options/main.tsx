import { render } from 'preact';
import { applyLocaleDirection, t } from '../shared/i18n';
import '../shared/theme.css';

applyLocaleDirection(document);
render(<main class="options"><h1>{t('extName')}</h1></main>, document.getElementById('app')!);
