import { render } from 'preact';
import { Popup } from './Popup';
import { applyLocaleDirection } from '../../i18n/i18n';
import '../shared/theme.css';

applyLocaleDirection(document);
render(<Popup />, document.getElementById('app')!);
