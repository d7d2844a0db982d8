import { startPopup } from '../../lib/pages/popup/main.tsx';
import '../../lib/pages/kit/pages.scss';

startPopup(document.getElementById('app')!);
