import { render } from 'preact';
import { Popup } from './Popup';
import { applyLocaleDirection } from '../shared/i18n';
import '../shared/theme.css';

applyLocaleDirection(document);
render(<Popup />, document.getElementById('app')!);
