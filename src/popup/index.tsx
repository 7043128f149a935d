import { render } from 'preact';
import { installBrowserMessages } from '../platform/i18n';
import './popup.css';

installBrowserMessages();
render(<main><h1>Unhunch</h1></main>, document.getElementById('app')!);
