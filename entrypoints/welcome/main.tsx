import { startWelcome } from '../../lib/pages/welcome/main.tsx';
import '../../lib/pages/kit/pages.scss';

startWelcome(document.getElementById('app')!);
