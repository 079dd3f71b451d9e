import { render } from 'preact';
import { applyLocaleDirection, t } from '../../i18n/i18n';
import { Options } from './Options';
import '../shared/theme.css';

applyLocaleDirection(document);
document.title = t('optTitle');
render(<Options />, document.getElementById('app')!);
