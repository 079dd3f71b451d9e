// Content script entry: runs at document_idle in every top-level http(s) page.
import { startPage } from './page';

startPage();
