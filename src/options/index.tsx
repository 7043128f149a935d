import { render } from 'preact';
import { installBrowserMessages } from '../platform/i18n';
import './options.css';

installBrowserMessages();
render(<main><h1>Unhunch</h1></main>, document.getElementById('app')!);
