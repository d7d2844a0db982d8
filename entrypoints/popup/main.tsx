import { render } from 'preact';
import { Popup } from '../../lib/ui/popup/popup.tsx';
import '../../lib/ui/nhs.css';

render(<Popup />, document.getElementById('app')!);
